using System.Text;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Writes a replacement into a literal (<c>|</c>) block scalar: each <c>\n</c> becomes the block's
/// line break (LF or CRLF, as written) followed by the block's indentation; empty lines get no indentation. Refuses non-printable characters and line breaks other
/// than <c>\n</c>; a trailing <c>\n</c> (chomping would decide what it reads as); any line break when
/// the block is not indented; and, when the indentation is detected from the first line, leading
/// spaces and the empty text, which could change it (a deletion can expose the first line's spaces).
/// </summary>
internal sealed class LiteralBlockEncoder : IReplacementEncoder
{
    private readonly string _indentation;
    private readonly bool _hasIndentationIndicator;
    private readonly string _lineBreak;

    /// <summary>
    /// Creates the encoder of a literal block whose content is indented by <paramref name="indentation"/>
    /// spaces and whose lines end with <paramref name="lineBreak"/>.
    /// </summary>
    public LiteralBlockEncoder(int indentation, bool hasIndentationIndicator, string lineBreak)
    {
        _indentation = new string(' ', indentation);
        _hasIndentationIndicator = hasIndentationIndicator;
        _lineBreak = lineBreak;
    }

    /// <summary>The arguments it was created with (the rule host rebuilds it from these).</summary>
    internal (int Indentation, bool HasIndentationIndicator, string LineBreak) Arguments => (_indentation.Length, _hasIndentationIndicator, _lineBreak);

    /// <inheritdoc />
    public string? Encode(string replacement)
    {
        if (!YamlChars.IsPrintable(replacement, allowLineFeed: true))
        {
            return null;
        }

        var firstNonBreak = replacement.AsSpan().IndexOfAnyExcept('\n');
        if (!_hasIndentationIndicator && (replacement.Length == 0 || (firstNonBreak >= 0 && replacement[firstNonBreak] == ' ')))
        {
            return null;
        }

        if (!replacement.Contains('\n'))
        {
            return replacement;
        }

        if (_indentation.Length == 0 || replacement[^1] == '\n')
        {
            return null;
        }

        var lines = replacement.Split('\n');
        var result = new StringBuilder(lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            result.Append(_lineBreak);
            if (lines[i].Length > 0 || i == lines.Length - 1)
            {
                result.Append(_indentation).Append(lines[i]);
            }
        }

        return result.ToString();
    }
}
