using System.Collections.Immutable;
using System.Text;
using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>Builds a <see cref="MappedText"/> piece by piece from a source string.</summary>
public sealed class MappedTextBuilder
{
    private readonly string _source;
    private readonly StringBuilder _text = new();
    private readonly List<MapRun> _runs = [];
    private readonly List<TextRegion> _regions = [];

    /// <summary>Starts an empty text over <paramref name="source"/>.</summary>
    public MappedTextBuilder(string source) => _source = source;

    /// <summary>A builder holding <paramref name="text"/>, to trim it (its source is not known: nothing can be appended verbatim).</summary>
    internal static MappedTextBuilder Of(MappedText text)
    {
        var builder = new MappedTextBuilder(string.Empty);
        builder._text.Append(text.Text);
        builder._runs.AddRange(text.Map.Runs);
        builder._regions.AddRange(text.Regions);
        return builder;
    }

    /// <summary>Current length of the derived text.</summary>
    public int Length => _text.Length;

    /// <summary>Last character appended, or null when empty.</summary>
    public char? LastChar => _text.Length == 0 ? null : _text[^1];

    /// <summary>Copies <paramref name="length"/> source characters from <paramref name="sourceStart"/>.</summary>
    public MappedTextBuilder AppendVerbatim(int sourceStart, int length)
    {
        if (length == 0)
        {
            return this;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(sourceStart);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sourceStart + length, _source.Length);
        var textStart = _text.Length;
        _text.Append(_source, sourceStart, length);
        if (_runs.Count > 0 && _runs[^1] is { IsVerbatim: true } last
            && last.SourceEnd == sourceStart && last.TextStart + last.TextLength == textStart)
        {
            _runs[^1] = last with { TextLength = last.TextLength + length, SourceLength = last.SourceLength + length };
        }
        else
        {
            _runs.Add(new MapRun(textStart, length, sourceStart, length, IsVerbatim: true));
        }

        return this;
    }

    /// <summary>Appends <paramref name="text"/> that stands for the source span <paramref name="source"/> as a whole.</summary>
    public MappedTextBuilder AppendSynthetic(string text, TextSpan source)
    {
        if (text.Length == 0)
        {
            return this;
        }

        _runs.Add(new MapRun(_text.Length, text.Length, source.Start, source.Length, IsVerbatim: false));
        _text.Append(text);
        return this;
    }

    /// <summary>Marks the derived text between <paramref name="textStart"/> and the current end as a region.</summary>
    public MappedTextBuilder MarkRegion(TextRegionKind kind, int textStart)
    {
        if (_text.Length > textStart)
        {
            _regions.Add(new TextRegion(kind, TextSpan.FromBounds(textStart, _text.Length)));
        }

        return this;
    }

    /// <summary>Removes trailing characters that are white space (they map to nothing a reader sees).</summary>
    public MappedTextBuilder TrimEnd()
    {
        var newLength = _text.Length;
        while (newLength > 0 && char.IsWhiteSpace(_text[newLength - 1]))
        {
            newLength--;
        }

        Truncate(newLength);
        return this;
    }

    private void Truncate(int newLength)
    {
        if (newLength == _text.Length)
        {
            return;
        }

        _text.Length = newLength;
        while (_runs.Count > 0 && _runs[^1].TextStart >= newLength)
        {
            _runs.RemoveAt(_runs.Count - 1);
        }

        if (_runs.Count > 0 && _runs[^1] is var last && last.TextStart + last.TextLength > newLength)
        {
            var keep = newLength - last.TextStart;
            _runs[^1] = last.IsVerbatim
                ? last with { TextLength = keep, SourceLength = keep }
                : last with { TextLength = keep };
        }

        for (var i = _regions.Count - 1; i >= 0; i--)
        {
            var region = _regions[i];
            if (region.Span.Start >= newLength)
            {
                _regions.RemoveAt(i);
            }
            else if (region.Span.End > newLength)
            {
                _regions[i] = region with { Span = TextSpan.FromBounds(region.Span.Start, newLength) };
            }
        }
    }

    /// <summary>The finished text; <paramref name="encoder"/> writes fixes back (null: no fixes here).</summary>
    public MappedText Build(IReplacementEncoder? encoder) =>
        new(_text.ToString(), new SourceMap([.. _runs], _text.Length), encoder, [.. _regions]);
}
