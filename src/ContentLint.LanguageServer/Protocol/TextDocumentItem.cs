namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextDocumentItem</c>.</summary>
internal sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);
