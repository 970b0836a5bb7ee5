namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>textDocument/didClose</c> parameters.</summary>
internal sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
