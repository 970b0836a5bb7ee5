namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>textDocument/didChange</c> parameters.</summary>
internal sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);
