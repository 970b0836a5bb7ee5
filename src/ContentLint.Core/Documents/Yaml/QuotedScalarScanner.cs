namespace ContentLint.Core.Documents.Yaml;

/// <summary>
/// Re-reads a single- or double-quoted scalar: ordinary characters are verbatim; <c>''</c> and
/// backslash escapes are synthetic runs spanning their whole sequence; line breaks fold.
/// </summary>
internal static class QuotedScalarScanner
{
    /// <summary>
    /// Appends the value of the quoted scalar in [<paramref name="start"/>, <paramref name="end"/>)
    /// (opening quote to just past the closing quote) to <paramref name="builder"/>.
    /// </summary>
    /// <exception cref="FormatException">The span is not a quoted scalar.</exception>
    public static void Scan(string source, int start, int end, bool isSingleQuoted, MappedTextBuilder builder)
    {
        var quote = isSingleQuoted ? '\'' : '"';
        if (end - start < 2 || source[start] != quote || source[end - 1] != quote)
        {
            throw new FormatException($"Expected a scalar between {quote} quotes at offset {start}.");
        }

        var close = end - 1;
        var folder = new FlowLineFolder(builder, start + 1);
        var i = start + 1;
        while (i < close)
        {
            var c = source[i];
            if (YamlChars.IsWhite(c))
            {
                folder.White(i);
                i++;
                continue;
            }

            if (YamlChars.IsBreak(c))
            {
                folder.Break(c);
                i += YamlChars.BreakLength(source, i);
                continue;
            }

            folder.Flush(i);
            if (isSingleQuoted && c == '\'')
            {
                folder.Synthetic("'", i, 2);
                i += 2;
            }
            else if (!isSingleQuoted && c == '\\' && YamlChars.IsBreak(source[i + 1]))
            {
                folder.EscapedBreak();
                i += 1 + YamlChars.BreakLength(source, i + 1);
            }
            else if (!isSingleQuoted && c == '\\')
            {
                var (text, length) = DoubleQuotedEscapes.Decode(source, i);
                folder.Synthetic(text, i, length);
                i += length;
            }
            else
            {
                folder.Verbatim(i, 1);
                i++;
            }
        }

        folder.Flush(close);
    }
}
