namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Writes a replacement into a plain (unquoted) scalar. The replacement is written as it is, or
/// refused when it could change how the surrounding YAML reads, wherever in the scalar it lands:
/// the empty text (a deletion can join <c>:</c> or <c>#</c> to a space, or leave white space or an
/// indicator at an edge), line breaks, <c>": "</c> and <c>" #"</c>, a trailing <c>:</c> or leading <c>#</c> that could meet
/// a neighbouring space, leading or trailing white space, a leading indicator character, a document
/// marker, non-printable characters, and flow indicators inside a flow collection.
/// </summary>
internal sealed class PlainScalarEncoder : IReplacementEncoder
{
    private const string LeadingIndicators = "#,[]{}&*!|>'\"%@`";

    private readonly bool _inFlowCollection;

    /// <summary>Creates the encoder of a plain scalar, inside a flow collection or not.</summary>
    public PlainScalarEncoder(bool inFlowCollection) => _inFlowCollection = inFlowCollection;

    /// <summary>The argument it was created with (the rule host rebuilds it from this).</summary>
    internal bool InFlowCollection => _inFlowCollection;

    /// <inheritdoc />
    public string? Encode(string replacement)
    {
        if (replacement.Length == 0)
        {
            return null;
        }

        var first = replacement[0];
        var last = replacement[^1];
        var refused = !YamlChars.IsPrintable(replacement, allowLineFeed: false)
            || YamlChars.IsWhite(first) || YamlChars.IsWhite(last) || last == ':'
            || replacement.Contains(": ", StringComparison.Ordinal) || replacement.Contains(":\t", StringComparison.Ordinal)
            || replacement.Contains(" #", StringComparison.Ordinal) || replacement.Contains("\t#", StringComparison.Ordinal)
            || LeadingIndicators.Contains(first)
            || (first is '-' or '?' or ':' && (replacement.Length == 1 || YamlChars.IsWhite(replacement[1])))
            || YamlChars.StartsWithDocumentMarker(replacement)
            || (_inFlowCollection && (replacement.AsSpan().IndexOfAny(",[]{}") >= 0 || first is '?' or ':'));
        return refused ? null : replacement;
    }
}
