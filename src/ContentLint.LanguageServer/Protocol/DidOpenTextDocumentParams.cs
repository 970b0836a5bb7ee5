namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>textDocument/didOpen</c> parameters.</summary>
internal sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);
