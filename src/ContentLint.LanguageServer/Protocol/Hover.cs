namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>Hover</c>.</summary>
internal sealed record Hover(MarkupContent Contents, LspRange? Range);
