namespace ContentLint.Cli.Formatters;

/// <summary>The line a span starts on, for excerpts and fingerprint contexts: one definition of where a line starts and ends.</summary>
internal static class LineBounds
{
    /// <summary>
    /// The span <paramref name="start"/>..<paramref name="end"/> clamped to <paramref name="text"/>, and the start
    /// and end (before its line break, <c>\n</c> or <c>\r</c>) of the line it starts on.
    /// </summary>
    public static (int Start, int End, int LineStart, int LineEnd) Of(string text, int start, int end)
    {
        var from = Math.Clamp(start, 0, text.Length);
        var to = Math.Clamp(end, from, text.Length);
        var lineStart = from == 0 ? 0 : text.LastIndexOfAny(['\n', '\r'], from - 1) + 1;
        var lineEnd = text.IndexOfAny(['\n', '\r'], from) is var found and >= 0 ? found : text.Length;
        return (from, to, lineStart, lineEnd);
    }
}
