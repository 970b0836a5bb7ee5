using System.Globalization;
using System.Text;

namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Writes a replacement into a double-quoted scalar: <c>\</c> and <c>"</c>, tabs, line breaks and
/// other control characters are escaped. In a scalar that spans several lines, a leading or trailing
/// space is escaped too (a line fold would drop it) and so is the first character of a document marker.
/// Refuses unpaired surrogates, which no escape can write, and, in a scalar that spans several lines,
/// the empty text, which could leave white space at a line's edge.
/// </summary>
internal sealed class DoubleQuotedScalarEncoder : IReplacementEncoder
{
    private readonly bool _isMultiline;

    /// <summary>Creates the encoder of a double-quoted scalar written on one line or several.</summary>
    public DoubleQuotedScalarEncoder(bool isMultiline) => _isMultiline = isMultiline;

    /// <summary>The argument it was created with (the rule host rebuilds it from this).</summary>
    internal bool IsMultiline => _isMultiline;

    /// <inheritdoc />
    public string? Encode(string replacement)
    {
        if (_isMultiline && replacement.Length == 0)
        {
            return null; // a deletion could leave white space at a line's edge, where folding drops it
        }

        var result = new StringBuilder(replacement.Length + 8);
        for (var i = 0; i < replacement.Length; i++)
        {
            var c = replacement[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= replacement.Length || !char.IsLowSurrogate(replacement[i + 1]))
                {
                    return null;
                }

                result.Append(c).Append(replacement[++i]);
            }
            else if (_isMultiline && c == ' ' && (i == 0 || i == replacement.Length - 1))
            {
                result.Append("\\x20");
            }
            else if (_isMultiline && i == 0 && YamlChars.StartsWithDocumentMarker(replacement))
            {
                result.Append(c == '-' ? "\\x2D" : "\\x2E");
            }
            else
            {
                AppendEscaped(result, c);
            }
        }

        return result.ToString();
    }

    private static void AppendEscaped(StringBuilder result, char c)
    {
        var escape = c switch
        {
            '\\' => "\\\\",
            '"' => "\\\"",
            '\0' => "\\0",
            '\a' => "\\a",
            '\b' => "\\b",
            '\t' => "\\t",
            '\n' => "\\n",
            '\v' => "\\v",
            '\f' => "\\f",
            '\r' => "\\r",
            '\x1B' => "\\e",
            '\u0085' => "\\N",
            '\u2028' => "\\L",
            '\u2029' => "\\P",
            _ => null,
        };
        if (escape is not null)
        {
            result.Append(escape);
        }
        else if (YamlChars.IsPrintableChar(c))
        {
            result.Append(c);
        }
        else if (c <= '\xFF')
        {
            result.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
        }
        else
        {
            result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
    }
}
