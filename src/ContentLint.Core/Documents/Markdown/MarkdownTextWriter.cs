using ContentLint.Core.Text;
using Markdig.Syntax;

namespace ContentLint.Core.Documents.Markdown;

/// <summary>
/// Writes reader-visible text over a <see cref="MappedTextBuilder"/>: converts Markdig's spans
/// (relative to the parsed range, inclusive end) to source spans once, drops leading white space,
/// and holds separators back until content follows them, so that a block or line break that
/// produces nothing leaves no blank behind.
/// </summary>
internal sealed class MarkdownTextWriter
{
    private readonly MappedTextBuilder _builder;
    private string? _pendingText;
    private int _pendingStart;
    private int? _pendingEnd;

    public MarkdownTextWriter(string source, TextSpan range)
    {
        Source = source;
        Range = range;
        _builder = new MappedTextBuilder(source);
        LastSourceEnd = range.Start;
    }

    /// <summary>The whole source file.</summary>
    public string Source { get; }

    /// <summary>The part of <see cref="Source"/> that Markdig parsed.</summary>
    public TextSpan Range { get; }

    /// <summary>Source offset just past the last text written from the running source (not from a link definition).</summary>
    public int LastSourceEnd { get; private set; }

    /// <summary>Source spans of the images' alternative texts: not in the text, published with the image.</summary>
    public List<TextSpan> ImageDescriptions { get; } = [];

    /// <summary>Current length of the derived text.</summary>
    public int Length => _builder.Length;

    /// <summary>The source span of a Markdig span, or null when Markdig gave none.</summary>
    public TextSpan? ToSource(SourceSpan span)
    {
        if (span.IsEmpty || span.Start < 0 || span.End < span.Start)
        {
            return null;
        }

        var start = Range.Start + span.Start;
        var end = Math.Min(Range.Start + span.End + 1, Range.End);
        return start > end ? null : TextSpan.FromBounds(start, end);
    }

    /// <summary>Asks for <paramref name="separator"/> before the next content (a block boundary).</summary>
    public void Separate(string separator) => Hold(separator, LastSourceEnd, null);

    /// <summary>Asks for a line break, standing for <paramref name="source"/>, before the next content.</summary>
    public void LineBreak(TextSpan source) => Hold("\n", source.Start, source.End);

    /// <summary>Writes any held separator and returns the text offset where content at <paramref name="sourceStart"/> begins.</summary>
    public int BeginContent(int sourceStart)
    {
        Flush(sourceStart);
        return _builder.Length;
    }

    /// <summary>Copies source characters; <paramref name="inLine"/> false for text taken from elsewhere (a link definition).</summary>
    public void Verbatim(int start, int length, bool inLine = true)
    {
        if (_builder.Length == 0)
        {
            while (length > 0 && char.IsWhiteSpace(Source[start]))
            {
                start++;
                length--;
            }
        }

        if (length <= 0)
        {
            return;
        }

        Flush(start);
        _builder.AppendVerbatim(start, length);
        if (inLine)
        {
            LastSourceEnd = start + length;
        }
    }

    /// <summary>Appends <paramref name="text"/> standing for <paramref name="source"/> as a whole.</summary>
    public void Synthetic(string text, TextSpan source)
    {
        if (text.Length == 0 || (_builder.Length == 0 && string.IsNullOrWhiteSpace(text)))
        {
            return;
        }

        Flush(source.Start);
        _builder.AppendSynthetic(text, source);
        LastSourceEnd = Math.Max(LastSourceEnd, source.End);
    }

    /// <summary>Marks the text from <paramref name="textStart"/> to the current end as a region.</summary>
    public void MarkRegion(TextRegionKind kind, int textStart) => _builder.MarkRegion(kind, textStart);

    /// <summary>The finished text, trailing white space and held separators dropped.</summary>
    public MappedText Build()
    {
        _pendingText = null;
        _builder.TrimEnd();
        return _builder.Build(VerbatimEncoder.Instance);
    }

    private void Hold(string separator, int start, int? end)
    {
        if (_builder.Length == 0)
        {
            return;
        }

        if (_pendingText is null)
        {
            (_pendingText, _pendingStart, _pendingEnd) = (separator, start, end);
            return;
        }

        // A block boundary wins over a line break; the separator then stands for both sources.
        _pendingEnd = end is null || _pendingEnd is null ? null : Math.Max(end.Value, _pendingEnd.Value);
        _pendingStart = Math.Min(_pendingStart, start);
        if (separator.Length > _pendingText.Length)
        {
            _pendingText = separator;
        }
    }

    private void Flush(int nextSourceStart)
    {
        if (_pendingText is null)
        {
            return;
        }

        var end = Math.Max(_pendingStart, _pendingEnd ?? nextSourceStart);
        var text = _pendingText;
        _pendingText = null;
        _builder.AppendSynthetic(text, TextSpan.FromBounds(_pendingStart, end));
        LastSourceEnd = Math.Max(LastSourceEnd, end);
    }
}
