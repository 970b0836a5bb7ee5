namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeActionContext</c>.</summary>
internal sealed record CodeActionContext(LspDiagnostic[]? Diagnostics, string[]? Only = null);
