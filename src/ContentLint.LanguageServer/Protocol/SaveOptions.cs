namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>SaveOptions</c>.</summary>
internal sealed record SaveOptions(bool IncludeText);
