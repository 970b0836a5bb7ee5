namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>InlayHint</c> with a plain label.</summary>
internal sealed record InlayHint(Position Position, string Label)
{
    public bool? PaddingLeft { get; init; }

    public string? Tooltip { get; init; }
}
