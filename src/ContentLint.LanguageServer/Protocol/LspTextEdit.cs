namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>TextEdit</c>.</summary>
internal sealed record LspTextEdit(LspRange Range, string NewText);
