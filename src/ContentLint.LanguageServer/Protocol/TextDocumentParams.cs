namespace ContentLint.LanguageServer.Protocol;

/// <summary>Parameters of requests about a whole document: document symbols.</summary>
internal sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);
