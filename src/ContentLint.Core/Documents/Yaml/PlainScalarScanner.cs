namespace ContentLint.Core.Documents.Yaml;

/// <summary>Re-reads a plain scalar: every non-blank character is verbatim; line breaks fold.</summary>
internal static class PlainScalarScanner
{
    /// <summary>
    /// Appends the value of the plain scalar in [<paramref name="start"/>, <paramref name="end"/>)
    /// (YamlDotNet's marks: first to last non-blank character) to <paramref name="builder"/>.
    /// </summary>
    public static void Scan(string source, int start, int end, MappedTextBuilder builder)
    {
        var folder = new FlowLineFolder(builder, start);
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (YamlChars.IsWhite(c))
            {
                folder.White(i);
                i++;
            }
            else if (YamlChars.IsBreak(c))
            {
                folder.Break(c);
                i += YamlChars.BreakLength(source, i);
            }
            else
            {
                folder.Flush(i);
                folder.Verbatim(i, 1);
                i++;
            }
        }
    }
}
