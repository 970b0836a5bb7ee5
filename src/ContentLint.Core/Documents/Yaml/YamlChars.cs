namespace ContentLint.Core.Documents.Yaml;

/// <summary>Character classes of the YAML scanner, as YamlDotNet applies them.</summary>
internal static class YamlChars
{
    /// <summary>Characters YamlDotNet treats as line breaks: CR, LF, NEL, LS and PS.</summary>
    public static bool IsBreak(char c) => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>YAML white space inside a line: space and tab.</summary>
    public static bool IsWhite(char c) => c is ' ' or '\t';

    /// <summary>Length of the line break at <paramref name="index"/>: 2 for CRLF, else 1.</summary>
    public static int BreakLength(string source, int index) =>
        source[index] == '\r' && index + 1 < source.Length && source[index + 1] == '\n' ? 2 : 1;

    /// <summary>What a line break reads as: CR, LF, CRLF and NEL become LF; LS and PS stay themselves.</summary>
    public static char BreakValue(char c) => c is '\u2028' or '\u2029' ? c : '\n';

    /// <summary>
    /// True when every character of <paramref name="text"/> is YAML-printable (tab allowed, surrogates
    /// paired) and, unless <paramref name="allowLineFeed"/>, no character is a line break. CR, NEL, LS and
    /// PS are always refused: they would not read back as themselves.
    /// </summary>
    public static bool IsPrintable(string text, bool allowLineFeed)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (c == '\n' ? !allowLineFeed : !IsPrintableChar(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="c"/> may appear as itself outside escapes (tab included, breaks excluded).</summary>
    public static bool IsPrintableChar(char c) =>
        c == '\t'
        || (c >= '\x20' && c <= '\x7E')
        || (c >= '\xA0' && c <= '\uD7FF' && !IsBreak(c))
        || (c >= '\uE000' && c <= '\uFFFD');

    /// <summary>True when <paramref name="text"/> starts with a document marker (<c>---</c> or <c>...</c>).</summary>
    public static bool StartsWithDocumentMarker(string text) =>
        text.StartsWith("---", StringComparison.Ordinal) || text.StartsWith("...", StringComparison.Ordinal);

    /// <summary>True when [<paramref name="start"/>, <paramref name="end"/>) holds a line break.</summary>
    public static bool ContainsBreak(string source, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsBreak(source[i]))
            {
                return true;
            }
        }

        return false;
    }
}
