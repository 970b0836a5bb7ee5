using ContentLint.Core.Text;
using Markdig.Helpers;
using Markdig.Syntax;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>Walks Markdig's blocks and writes their reader-visible text (see <see cref="MarkdownTextExtractor"/>).</summary>
internal sealed class MarkdownBlockWalker
{
    private const string BlockSeparator = "\n\n";
    private readonly MarkdownTextWriter _writer;
    private readonly MarkdownInlineWalker _inlines;
    private readonly MarkdownHtmlBlockWriter _html;

    public MarkdownBlockWalker(MarkdownTextWriter writer)
    {
        _writer = writer;
        _inlines = new MarkdownInlineWalker(writer);
        _html = new MarkdownHtmlBlockWriter(writer);
    }

    /// <summary>Writes the children of <paramref name="container"/>, <paramref name="separator"/> between them.</summary>
    public void WriteChildren(ContainerBlock container, string separator, bool separateFirst = true)
    {
        var first = true;
        foreach (var block in container)
        {
            if (!first || separateFirst)
            {
                _writer.Separate(separator);
            }

            first = false;
            Write(block);
        }
    }

    private void Write(Block block)
    {
        switch (block)
        {
            case ThematicBreakBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                break;
            case CodeBlock code:
                var codeStart = WriteLines(code.Lines);
                _writer.MarkRegion(TextRegionKind.Code, codeStart);
                break;
            case HtmlBlock html:
                _html.Write(html);
                break;
            case ListBlock list:
                WriteList(list);
                break;
            case LeafBlock { Inline: { } inline }:
                _inlines.Write(inline);
                break;
            case ContainerBlock container:
                WriteChildren(container, BlockSeparator);
                break;
        }
    }

    private void WriteList(ListBlock list)
    {
        // A tight list is published as one line per item; a loose one has blank lines between items.
        var separator = list.IsLoose ? BlockSeparator : "\n";
        foreach (var block in list)
        {
            _writer.Separate(separator);
            if (block is ListItemBlock item)
            {
                WriteItem(item, list.IsOrdered, separator);
            }
            else
            {
                Write(block);
            }
        }
    }

    private void WriteItem(ListItemBlock item, bool ordered, string separator)
    {
        var source = _writer.Source;
        var span = _writer.ToSource(item.Span);
        if (span is not { } itemSpan)
        {
            WriteChildren(item, separator);
            return;
        }

        var end = Math.Min(itemSpan.End, _writer.Range.End);
        var markerEnd = itemSpan.Start;
        if (ordered)
        {
            while (markerEnd < end && char.IsAsciiDigit(source[markerEnd]))
            {
                markerEnd++;
            }
        }

        markerEnd = Math.Min(markerEnd + 1, end);
        var contentStart = markerEnd;
        while (contentStart < end && source[contentStart] is ' ' or '\t')
        {
            contentStart++;
        }

        var sameLine = item.Count > 0 && contentStart < end && source[contentStart] is not ('\r' or '\n');
        _writer.Verbatim(itemSpan.Start, (sameLine ? contentStart : markerEnd) - itemSpan.Start);
        WriteChildren(item, separator, separateFirst: !sameLine);
    }

    /// <summary>Writes the lines joined by "\n" and returns the text offset where they begin.</summary>
    private int WriteLines(StringLineGroup lines)
    {
        var count = lines.Count;
        while (count > 0 && lines.Lines[count - 1].Slice.IsEmptyOrWhitespace())
        {
            count--;
        }

        var textStart = _writer.Length;
        var previousEnd = -1;
        for (var i = 0; i < count; i++)
        {
            var line = lines.Lines[i];
            var slice = line.Slice;
            var lineStart = LineStart(line, slice);
            if (previousEnd >= 0)
            {
                _writer.Synthetic("\n", TextSpan.FromBounds(previousEnd, Math.Max(previousEnd, lineStart)));
            }
            else
            {
                textStart = _writer.BeginContent(lineStart);
            }

            previousEnd = WriteLine(slice, lineStart);
        }

        return textStart;
    }

    private int LineStart(StringLine line, StringSlice slice) =>
        IsSourceSlice(slice) ? _writer.Range.Start + slice.Start : _writer.Range.Start + line.Position;

    private int WriteLine(StringSlice slice, int lineStart)
    {
        if (IsSourceSlice(slice))
        {
            _writer.Verbatim(lineStart, slice.Length);
            return lineStart + slice.Length;
        }

        // Markdig rewrote the line's indentation (a tab partly spent on a container became
        // spaces): the rest of the line is the source's end; the spaces stand for the tabs.
        var source = _writer.Source;
        var lineEnd = lineStart;
        while (lineEnd < _writer.Range.End && source[lineEnd] is not ('\r' or '\n'))
        {
            lineEnd++;
        }

        var content = slice.AsSpan();
        var common = 0;
        while (common < content.Length && lineEnd - common > lineStart
            && content[^(common + 1)] == source[lineEnd - common - 1])
        {
            common++;
        }

        _writer.Synthetic(content[..^common].ToString(), TextSpan.FromBounds(lineStart, lineEnd - common));
        _writer.Verbatim(lineEnd - common, common);
        return lineEnd;
    }

    private bool IsSourceSlice(StringSlice slice)
    {
        // An empty line's slice may point anywhere; its line position is reliable.
        if (slice.Length == 0)
        {
            return false;
        }

        var start = _writer.Range.Start + slice.Start;
        return slice.Start >= 0 && start + slice.Length <= _writer.Range.End
            && slice.AsSpan().SequenceEqual(_writer.Source.AsSpan(start, slice.Length));
    }
}
