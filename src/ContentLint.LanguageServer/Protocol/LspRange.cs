namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP range, end exclusive (<c>Range</c> in the specification).</summary>
internal sealed record LspRange(Position Start, Position End);
