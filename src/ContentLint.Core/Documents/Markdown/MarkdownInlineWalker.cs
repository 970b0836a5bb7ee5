using ContentLint.Core.Text;
using Markdig.Syntax.Inlines;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>Walks Markdig's inlines and writes their reader-visible text (see <see cref="MarkdownTextExtractor"/>).</summary>
internal sealed class MarkdownInlineWalker
{
    private readonly MarkdownTextWriter _writer;
    private readonly MarkdownLinkWriter _links;

    public MarkdownInlineWalker(MarkdownTextWriter writer)
    {
        _writer = writer;
        _links = new MarkdownLinkWriter(writer, this);
    }

    /// <summary>Writes the children of <paramref name="container"/>.</summary>
    /// <remarks>
    /// Iterative: Markdig nests everything after an unmatched <c>[</c> inside it, up to 10,240 levels
    /// (<c>[[[[…</c>), too deep to recurse on a thread's stack.
    /// </remarks>
    public void Write(ContainerInline container)
    {
        var pending = new Stack<Inline>();
        PushChildren(container, pending);
        while (pending.TryPop(out var inline))
        {
            if (inline is ContainerInline nested and not LinkInline)
            {
                if (nested is DelimiterInline delimiter)
                {
                    WriteDelimiter(delimiter);
                }

                PushChildren(nested, pending);
            }
            else
            {
                Write(inline);
            }
        }
    }

    private static void PushChildren(ContainerInline container, Stack<Inline> pending)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
        {
            pending.Push(child);
        }
    }

    private void Write(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                WriteLiteral(literal);
                break;
            case LineBreakInline lineBreak:
                WriteLineBreak(lineBreak);
                break;
            case CodeInline code:
                WriteCode(code);
                break;
            case HtmlEntityInline entity when _writer.ToSource(entity.Span) is { } entitySpan:
                _writer.Synthetic(entity.Transcoded.ToString(), entitySpan);
                break;
            case AutolinkInline autolink when _writer.ToSource(autolink.Span) is { } autolinkSpan:
                _links.WriteAutolink(autolinkSpan);
                break;
            case LinkInline { IsImage: true } image:
                if (DescriptionOf(image) is { } description)
                {
                    _writer.ImageDescriptions.Add(description);
                }

                break;
            case HtmlInline:
                break;
            case LinkInline link:
                _links.WriteLink(link);
                break;
        }
    }

    /// <summary>An unmatched <c>[</c> or <c>![</c> that Markdig left as a container: its characters are text.</summary>
    private void WriteDelimiter(DelimiterInline delimiter)
    {
        if (_writer.ToSource(delimiter.Span) is { } span)
        {
            MarkdownSourceAligner.Append(_writer, delimiter.ToLiteral(), span.Start, span.End);
        }
    }

    // The span of the image's label inlines (a reference image's LabelSpan is its reference, not its text).
    private TextSpan? DescriptionOf(LinkInline image) =>
        image.FirstChild is { } first && image.LastChild is { } last && _writer.ToSource(first.Span) is { } start && _writer.ToSource(last.Span) is { } end
            ? TextSpan.FromBounds(start.Start, end.End)
            : null;

    private void WriteLiteral(LiteralInline literal)
    {
        var content = literal.Content.ToString();
        if (content.Length == 0)
        {
            return;
        }

        if (_writer.ToSource(literal.Span) is not { } span)
        {
            _writer.Synthetic(content, new TextSpan(_writer.LastSourceEnd, 0));
            return;
        }

        var start = span.Start;
        if (literal.IsFirstCharacterEscaped && span.Length >= 2 && _writer.Source[start] == '\\')
        {
            _writer.Synthetic(content[..1], new TextSpan(start, 2));
            content = content[1..];
            start += 2;
        }

        MarkdownSourceAligner.Append(_writer, content, start, span.End);
    }

    private void WriteLineBreak(LineBreakInline lineBreak)
    {
        if (_writer.ToSource(lineBreak.Span) is not { } span)
        {
            return;
        }

        var source = _writer.Source;
        var start = span.Start;
        while (start > _writer.LastSourceEnd && source[start - 1] is ' ' or '\t')
        {
            start--;
        }

        var end = span.Start;
        var limit = _writer.Range.End;
        while (end < limit && source[end] is not ('\r' or '\n'))
        {
            end++;
        }

        if (end < limit)
        {
            end += source[end] == '\r' && end + 1 < limit && source[end + 1] == '\n' ? 2 : 1;
        }

        _writer.LineBreak(TextSpan.FromBounds(start, Math.Max(end, span.End)));
    }

    private void WriteCode(CodeInline code)
    {
        if (_writer.ToSource(code.Span) is not { } span)
        {
            return;
        }

        var delimiters = Math.Min(code.DelimiterCount, span.Length / 2);
        var start = span.Start + delimiters;
        var textStart = _writer.BeginContent(start);
        MarkdownSourceAligner.Append(_writer, code.Content, start, span.End - delimiters);
        _writer.MarkRegion(TextRegionKind.Code, textStart);
    }
}
