namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Writes a replacement into a folded (<c>&gt;</c>) block scalar as it is. Refuses any line break
/// (folding would turn it into a space) and non-printable characters, and leading white space,
/// which would make a line "more indented" and change how its neighbours fold.
/// </summary>
internal sealed class FoldedBlockEncoder : IReplacementEncoder
{
    /// <summary>The shared instance.</summary>
    public static readonly FoldedBlockEncoder Instance = new();

    private FoldedBlockEncoder()
    {
    }

    /// <inheritdoc />
    public string? Encode(string replacement) =>
        !YamlChars.IsPrintable(replacement, allowLineFeed: false)
        || (replacement.Length > 0 && YamlChars.IsWhite(replacement[0]))
            ? null
            : replacement;
}
