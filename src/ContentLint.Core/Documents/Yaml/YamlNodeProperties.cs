namespace ContentLint.Core.Documents.Yaml;

/// <summary>The anchor and tag that may precede a node.</summary>
internal static class YamlNodeProperties
{
    /// <summary>
    /// The offset of the scalar itself: YamlDotNet's start mark of a node is on its anchor or tag
    /// when it has one, and the scalar follows after white space, line breaks or comments.
    /// </summary>
    public static int Skip(string source, int start, int end)
    {
        var i = start;
        while (i < end && source[i] is '&' or '!')
        {
            while (i < end && !YamlChars.IsWhite(source[i]) && !YamlChars.IsBreak(source[i]))
            {
                i++;
            }

            while (i < end && (YamlChars.IsWhite(source[i]) || YamlChars.IsBreak(source[i]) || source[i] == '#'))
            {
                if (source[i] == '#')
                {
                    while (i < end && !YamlChars.IsBreak(source[i]))
                    {
                        i++;
                    }
                }
                else
                {
                    i++;
                }
            }
        }

        return i;
    }
}
