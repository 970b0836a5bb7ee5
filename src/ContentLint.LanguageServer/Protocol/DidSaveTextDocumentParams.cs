namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>textDocument/didSave</c> parameters.</summary>
internal sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text = null);
