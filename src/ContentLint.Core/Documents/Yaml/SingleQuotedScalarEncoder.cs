namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Writes a replacement into a single-quoted scalar: <c>'</c> becomes <c>''</c>. Refuses line breaks
/// and non-printable characters (single quotes have no escapes), and, in a scalar that spans several
/// lines, leading or trailing white space and document markers, which a line fold could swallow,
/// and the empty text, which could leave white space at a line's edge.
/// </summary>
internal sealed class SingleQuotedScalarEncoder : IReplacementEncoder
{
    private readonly bool _isMultiline;

    /// <summary>Creates the encoder of a single-quoted scalar written on one line or several.</summary>
    public SingleQuotedScalarEncoder(bool isMultiline) => _isMultiline = isMultiline;

    /// <summary>The argument it was created with (the rule host rebuilds it from this).</summary>
    internal bool IsMultiline => _isMultiline;

    /// <inheritdoc />
    public string? Encode(string replacement)
    {
        if (!YamlChars.IsPrintable(replacement, allowLineFeed: false))
        {
            return null;
        }

        if (_isMultiline
            && (replacement.Length == 0 || YamlChars.IsWhite(replacement[0]) || YamlChars.IsWhite(replacement[^1]) || YamlChars.StartsWithDocumentMarker(replacement)))
        {
            return null;
        }

        return replacement.Replace("'", "''", StringComparison.Ordinal);
    }
}
