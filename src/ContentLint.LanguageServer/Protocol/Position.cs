namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP position: 0-based line and UTF-16 character.</summary>
internal sealed record Position(int Line, int Character);
