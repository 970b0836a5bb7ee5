namespace ContentLint.Core.Documents.Yaml;

/// <summary>Tells whether a scalar sits in a flow collection (<c>[a, b]</c>, <c>{k: v}</c>) from its neighbours.</summary>
internal static class YamlFlowContext
{
    /// <summary>
    /// True when the nearest character before the scalar is <c>[</c>, <c>{</c> or <c>,</c>, or the
    /// nearest after it is <c>,</c>, <c>]</c> or <c>}</c> (white space and line breaks skipped).
    /// </summary>
    public static bool IsInFlowCollection(string source, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && IsBlank(source[before]))
        {
            before--;
        }

        var after = end;
        while (after < source.Length && IsBlank(source[after]))
        {
            after++;
        }

        return (before >= 0 && source[before] is '[' or '{' or ',')
            || (after < source.Length && source[after] is ',' or ']' or '}');
    }

    private static bool IsBlank(char c) => YamlChars.IsWhite(c) || YamlChars.IsBreak(c);
}
