namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentIdentifier</c>.</summary>
internal sealed record TextDocumentIdentifier(string Uri);
