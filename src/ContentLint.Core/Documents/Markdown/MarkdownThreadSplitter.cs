using System.Collections.Immutable;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>
/// Splits the body of a thread post (<c>thread: true</c>) into its parts. A line holding only
/// <c>---</c> (no indentation; trailing spaces or tabs allowed; any line ending) separates parts.
/// The split happens on the source text, before Markdig sees it (which would read <c>text</c> followed
/// by <c>---</c> as a setext heading). A <c>---</c> line inside a fenced code block (a <c>```</c> or
/// <c>~~~</c> fence at the top level of the body, indented at most three spaces) does not split;
/// an unclosed fence runs to the end of the body.
/// </summary>
public static class MarkdownThreadSplitter
{
    /// <summary>
    /// The parts of <paramref name="body"/> in order, without the separator lines (a part ends where
    /// its separator line starts, so it keeps its last line ending). Parts may be empty.
    /// </summary>
    /// <param name="source">The whole source file.</param>
    /// <param name="body">The Markdown body in <paramref name="source"/>.</param>
    public static ImmutableArray<TextSpan> Split(string source, TextSpan body)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(body.Start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(body.End, source.Length);

        var parts = ImmutableArray.CreateBuilder<TextSpan>();
        var partStart = body.Start;
        var lineStart = body.Start;
        (char Char, int Length)? fence = null;
        while (lineStart < body.End)
        {
            var lineEnd = lineStart;
            while (lineEnd < body.End && source[lineEnd] is not ('\r' or '\n'))
            {
                lineEnd++;
            }

            var next = lineEnd;
            if (next < body.End)
            {
                next += source[next] == '\r' && next + 1 < body.End && source[next + 1] == '\n' ? 2 : 1;
            }

            var line = source.AsSpan(lineStart, lineEnd - lineStart);
            if (fence is { } open)
            {
                if (IsClosingFence(line, open.Char, open.Length))
                {
                    fence = null;
                }
            }
            else if (TryOpenFence(line, out var fenceChar, out var fenceLength))
            {
                fence = (fenceChar, fenceLength);
            }
            else if (IsSeparator(line))
            {
                parts.Add(TextSpan.FromBounds(partStart, lineStart));
                partStart = next;
            }

            lineStart = next;
        }

        parts.Add(TextSpan.FromBounds(Math.Min(partStart, body.End), body.End));
        return parts.ToImmutable();
    }

    private static bool IsSeparator(ReadOnlySpan<char> line) =>
        line.StartsWith("---", StringComparison.Ordinal) && line[3..].TrimEnd(" \t").IsEmpty;

    private static bool TryOpenFence(ReadOnlySpan<char> line, out char fenceChar, out int length)
    {
        var rest = SkipIndent(line);
        fenceChar = rest.IsEmpty ? '\0' : rest[0];
        length = CountRun(rest, fenceChar);
        if (fenceChar is not ('`' or '~') || length < 3)
        {
            return false;
        }

        // A backtick fence's info string may not hold a backtick (CommonMark 4.5).
        return fenceChar == '~' || !rest[length..].Contains('`');
    }

    private static bool IsClosingFence(ReadOnlySpan<char> line, char fenceChar, int openLength)
    {
        var rest = SkipIndent(line);
        var length = CountRun(rest, fenceChar);
        return length >= openLength && rest[length..].TrimEnd(" \t").IsEmpty;
    }

    private static ReadOnlySpan<char> SkipIndent(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && indent < 4 && line[indent] == ' ')
        {
            indent++;
        }

        return indent > 3 ? [] : line[indent..];
    }

    private static int CountRun(ReadOnlySpan<char> text, char c)
    {
        var n = 0;
        while (n < text.Length && text[n] == c)
        {
            n++;
        }

        return n;
    }
}
