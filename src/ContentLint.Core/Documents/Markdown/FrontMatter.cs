using ContentLint.Core.Text;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>Locates the <c>---</c> lines that open and close a Markdown file's YAML front matter.</summary>
/// <param name="OpeningLine">Span of the opening <c>---</c> line (without its line break).</param>
/// <param name="ClosingLine">Span of the closing line, including its line break; null when never closed.</param>
internal readonly record struct FrontMatter(TextSpan OpeningLine, TextSpan? ClosingLine)
{
    /// <summary>Finds the front matter at the very start of <paramref name="text"/>, or null when there is none.</summary>
    public static FrontMatter? Find(string text)
    {
        var firstEnd = LineEnd(text, 0);
        if (!IsMarker(text.AsSpan(0, firstEnd), allowDots: false) || firstEnd >= text.Length)
        {
            return null;
        }

        var opening = new TextSpan(0, firstEnd);
        var lineStart = NextLineStart(text, firstEnd);
        while (lineStart < text.Length)
        {
            var end = LineEnd(text, lineStart);
            if (IsMarker(text.AsSpan(lineStart, end - lineStart), allowDots: true))
            {
                return new FrontMatter(opening, TextSpan.FromBounds(lineStart, NextLineStart(text, end)));
            }

            lineStart = NextLineStart(text, end);
        }

        return new FrontMatter(opening, null);
    }

    private static bool IsMarker(ReadOnlySpan<char> line, bool allowDots)
    {
        var trimmed = line.TrimEnd(" \t");
        return trimmed.SequenceEqual("---") || (allowDots && trimmed.SequenceEqual("..."));
    }

    private static int LineEnd(string text, int start)
    {
        var i = text.AsSpan(start).IndexOfAny('\r', '\n');
        return i < 0 ? text.Length : start + i;
    }

    private static int NextLineStart(string text, int lineEnd)
    {
        if (lineEnd < text.Length && text[lineEnd] == '\r')
        {
            lineEnd++;
        }

        if (lineEnd < text.Length && text[lineEnd] == '\n')
        {
            lineEnd++;
        }

        return lineEnd;
    }
}
