using ContentLint.Core.Channels;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.LanguageServer.Handlers.InlayHints;

/// <summary>
/// Where a post text's hint goes: at the end of the last line holding its text. The text's source
/// span does not end there for every style: a block scalar's ends after its final line break (and
/// after the blank lines that <c>|+</c> keeps), so a hint there lands at column 0 of the next key;
/// a quoted scalar's ends before its closing quote; a Markdown body's may end inside its last line's
/// syntax (<c>**</c>, a link's target).
/// </summary>
internal static class HintPosition
{
    /// <summary>
    /// The source span a text's hint follows: the text's own; for an empty text, which maps to no
    /// source at all (its span is the file's start), the value it is written as; null when nothing says where.
    /// </summary>
    public static TextSpan? AnchorOf(PostMeasure measure)
    {
        if (measure.Text.Map.Runs.Count > 0)
        {
            return measure.Span;
        }

        var post = measure.Post;
        var written = measure.IsVariant
            ? post.Variants.FirstOrDefault(v => v.Parts.Contains(measure.Text))?.ValueSpan
            : measure.Part is null && post.Fields.TryGetValue("text", out var field) ? field.ValueSpan : null;
        return written is { IsEmpty: false } span ? span : null;
    }

    /// <summary>The source offset of the hint for a text spanning <paramref name="text"/> in <paramref name="source"/>.</summary>
    public static int Of(string source, TextSpan text, DocumentKind kind)
    {
        var end = EndOfLastTextLine(source, text.Start, Math.Min(text.End, source.Length));
        return kind == DocumentKind.MarkdownPost ? EndOfLineContent(source, end) : AfterClosingQuote(source, end);
    }

    /// <summary>While the line holding <paramref name="end"/> is blank up to it, back to the end of the line before (never before the text's first line).</summary>
    private static int EndOfLastTextLine(string source, int start, int end)
    {
        var lineStart = LineStart(source, end);
        while (lineStart > start && source.AsSpan(lineStart, end - lineStart).IsWhiteSpace())
        {
            end = lineStart;
            end -= end > 0 && source[end - 1] == '\n' ? 1 : 0;
            end -= end > 0 && source[end - 1] == '\r' ? 1 : 0;
            lineStart = LineStart(source, end);
        }

        return end;
    }

    private static int LineStart(string source, int offset) =>
        offset == 0 ? 0 : source.LastIndexOf('\n', offset - 1) + 1;

    /// <summary>
    /// A quoted scalar's text ends before its closing quote — and, since published texts are trimmed,
    /// before any trailing blanks or escaped line breaks (<c>"Bonjour\n"</c>) written inside the quotes:
    /// the hint goes after that quote. A plain scalar is never followed by one on its line.
    /// </summary>
    private static int AfterClosingQuote(string source, int end)
    {
        for (var i = end; i < source.Length && source[i] is not ('\r' or '\n'); i++)
        {
            switch (source[i])
            {
                case '"' or '\'':
                    return i + 1;
                case ' ' or '\t':
                    continue;
                case '\\' when i + 1 < source.Length:
                    i = EndOfEscape(source, i + 1) - 1;
                    continue;
                default:
                    return end;
            }
        }

        return end;
    }

    /// <summary>The offset after the escape whose letter is at <paramref name="letter"/> (<c>\n</c>, <c>\x20</c>, <c>\u00A0</c>…).</summary>
    private static int EndOfEscape(string source, int letter)
    {
        var digits = source[letter] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        return Math.Min(source.Length, letter + 1 + digits);
    }

    /// <summary>The end of the line's content: after any Markdown syntax that closes it, before trailing blanks and the line break.</summary>
    private static int EndOfLineContent(string source, int offset)
    {
        var end = source.IndexOfAny(['\r', '\n'], offset);
        end = end < 0 ? source.Length : end;
        while (end > offset && source[end - 1] is ' ' or '\t')
        {
            end--;
        }

        return end;
    }
}
