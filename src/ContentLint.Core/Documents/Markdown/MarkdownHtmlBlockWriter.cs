using ContentLint.Core.Text;
using Markdig.Syntax;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>
/// Writes an HTML block: its lines as typed, without HTML comments (they hold suppression
/// comments, not text). A line that held a comment loses the white space around what remains; a
/// line left empty is dropped. Text after a comment on its line (<c>&lt;!-- x --&gt; text</c>, which
/// CommonMark reads as part of the HTML block) is therefore kept.
/// </summary>
internal sealed class MarkdownHtmlBlockWriter
{
    private const string CommentOpen = "<!--";
    private const string CommentClose = "-->";
    private readonly MarkdownTextWriter _writer;

    public MarkdownHtmlBlockWriter(MarkdownTextWriter writer) => _writer = writer;

    /// <summary>Writes <paramref name="block"/>.</summary>
    public void Write(HtmlBlock block)
    {
        var source = _writer.Source;
        var inComment = false;
        var previousLineEnd = -1;
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines.Lines[i];
            var start = _writer.Range.Start + line.Position;
            var end = start;
            while (end < _writer.Range.End && source[end] is not ('\r' or '\n'))
            {
                end++;
            }

            if (previousLineEnd >= 0)
            {
                _writer.LineBreak(TextSpan.FromBounds(previousLineEnd, Math.Max(previousLineEnd, start)));
            }

            previousLineEnd = end;
            WriteLine(start, end, ref inComment);
        }
    }

    private void WriteLine(int start, int end, ref bool inComment)
    {
        var source = _writer.Source;
        var hadComment = inComment || source.IndexOf(CommentOpen, start, end - start, StringComparison.Ordinal) >= 0;
        var segments = new List<TextSpan>();
        var position = start;
        while (position < end)
        {
            if (inComment)
            {
                var close = source.IndexOf(CommentClose, position, end - position, StringComparison.Ordinal);
                position = close < 0 ? end : close + CommentClose.Length;
                inComment = close < 0;
                continue;
            }

            var open = source.IndexOf(CommentOpen, position, end - position, StringComparison.Ordinal);
            segments.Add(TextSpan.FromBounds(position, open < 0 ? end : open));
            position = open < 0 ? end : open + CommentOpen.Length;
            inComment = open >= 0;
        }

        if (hadComment)
        {
            Trim(segments);
        }

        foreach (var segment in segments)
        {
            _writer.Verbatim(segment.Start, segment.Length);
        }
    }

    private void Trim(List<TextSpan> segments)
    {
        var source = _writer.Source;
        while (segments.Count > 0)
        {
            var first = segments[0];
            var start = first.Start;
            while (start < first.End && char.IsWhiteSpace(source[start]))
            {
                start++;
            }

            if (start < first.End)
            {
                segments[0] = TextSpan.FromBounds(start, first.End);
                break;
            }

            segments.RemoveAt(0);
        }

        while (segments.Count > 0)
        {
            var last = segments[^1];
            var end = last.End;
            while (end > last.Start && char.IsWhiteSpace(source[end - 1]))
            {
                end--;
            }

            if (end > last.Start)
            {
                segments[^1] = TextSpan.FromBounds(last.Start, end);
                break;
            }

            segments.RemoveAt(segments.Count - 1);
        }
    }
}
