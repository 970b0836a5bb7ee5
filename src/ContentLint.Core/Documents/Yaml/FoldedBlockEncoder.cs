namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Writes a replacement into a folded (<c>&gt;</c>) block scalar as it is. Refuses any line break
/// (folding would turn it into a space), non-printable characters, leading white space and the
/// empty text (either could make a line start with white space, "more indented", which changes how
/// its line breaks fold), and anything at all in a block that already has more-indented lines,
/// whose folding an edit that joins lines could change.
/// </summary>
internal sealed class FoldedBlockEncoder : IReplacementEncoder
{
    private readonly bool _hasMoreIndentedLines;

    /// <summary>Creates the encoder of a folded block, with more-indented lines or not.</summary>
    public FoldedBlockEncoder(bool hasMoreIndentedLines) => _hasMoreIndentedLines = hasMoreIndentedLines;

    /// <summary>The argument it was created with (the rule host rebuilds it from this).</summary>
    internal bool ForMoreIndentedLines => _hasMoreIndentedLines;

    /// <summary>True when the value of a folded block shows a line that starts with white space.</summary>
    public static bool HasMoreIndentedLines(string value) =>
        (value.Length > 0 && YamlChars.IsWhite(value[0]))
        || value.Contains("\n ", StringComparison.Ordinal)
        || value.Contains("\n\t", StringComparison.Ordinal);

    /// <inheritdoc />
    public string? Encode(string replacement) =>
        _hasMoreIndentedLines
        || replacement.Length == 0
        || YamlChars.IsWhite(replacement[0])
        || !YamlChars.IsPrintable(replacement, allowLineFeed: false)
            ? null
            : replacement;
}
