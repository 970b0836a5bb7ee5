using ContentLint.Core.Text;
using Markdig.Syntax.Inlines;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>
/// Writes links as a reader of the published (plain-text) post sees them: the label, a space, the
/// URL as typed (a <see cref="TextRegionKind.LinkTarget"/> region); the URL alone when the label is
/// the URL; autolinks as their URL.
/// </summary>
internal sealed class MarkdownLinkWriter
{
    private readonly MarkdownTextWriter _writer;
    private readonly MarkdownInlineWalker _inlines;

    public MarkdownLinkWriter(MarkdownTextWriter writer, MarkdownInlineWalker inlines)
    {
        _writer = writer;
        _inlines = inlines;
    }

    /// <summary>Writes <c>&lt;url&gt;</c> as the URL between the angle brackets.</summary>
    public void WriteAutolink(TextSpan span)
    {
        if (span.Length < 2)
        {
            return;
        }

        WriteTarget(TextSpan.FromBounds(span.Start + 1, span.End - 1), inLine: true);
    }

    /// <summary>Writes an inline or reference link (not an image).</summary>
    public void WriteLink(LinkInline link)
    {
        if (_writer.ToSource(link.Span) is not { } span)
        {
            _inlines.Write(link);
            return;
        }

        var labelEnd = FindLabelEnd(link, span);
        var isReference = link.Reference is not null;
        var url = isReference ? _writer.ToSource(link.Reference!.UrlSpan) : _writer.ToSource(link.UrlSpan);
        url = url is { } u ? StripAngleBrackets(u) : null;
        if (url is not { IsEmpty: false } target)
        {
            _inlines.Write(link);
            return;
        }

        var source = _writer.Source.AsSpan();
        if (labelEnd > span.Start && source[(span.Start + 1)..labelEnd].SequenceEqual(source.Slice(target.Start, target.Length)))
        {
            WriteTarget(target, inLine: !isReference);
            return;
        }

        var before = _writer.Length;
        _inlines.Write(link);
        if (_writer.Length > before)
        {
            // " " stands for "](" (inline link) or "][ref]" / "]" (reference link).
            var gapEnd = isReference ? span.End : Math.Max(labelEnd, target.Start);
            _writer.Synthetic(" ", TextSpan.FromBounds(labelEnd, Math.Max(labelEnd, gapEnd)));
        }

        WriteTarget(target, inLine: !isReference);
    }

    private void WriteTarget(TextSpan target, bool inLine)
    {
        var textStart = _writer.BeginContent(target.Start);
        _writer.Verbatim(target.Start, target.Length, inLine);
        _writer.MarkRegion(TextRegionKind.LinkTarget, textStart);
    }

    /// <summary>Offset of the <c>]</c> that closes the link text.</summary>
    private int FindLabelEnd(LinkInline link, TextSpan span)
    {
        var from = span.Start + 1;
        if (link.LastChild is { } last && _writer.ToSource(last.Span) is { } lastSpan)
        {
            from = Math.Max(from, lastSpan.End);
        }

        var index = _writer.Source.IndexOf(']', from, Math.Max(0, span.End - from));
        return index < 0 ? span.Start : index;
    }

    private TextSpan StripAngleBrackets(TextSpan url)
    {
        var source = _writer.Source;
        return url.Length >= 2 && source[url.Start] == '<' && source[url.End - 1] == '>'
            ? TextSpan.FromBounds(url.Start + 1, url.End - 1)
            : url;
    }
}
