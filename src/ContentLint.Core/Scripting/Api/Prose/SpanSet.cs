using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>Spans merged and sorted once, then asked in O(log n) whether they touch a span or hold an offset (long posts have thousands of links).</summary>
public sealed class SpanSet
{
    private readonly List<TextSpan> _spans = [];

    /// <summary>The set of <paramref name="spans"/> (empty ones ignored), merged.</summary>
    public SpanSet(IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans.Where(s => !s.IsEmpty).OrderBy(s => s.Start))
        {
            if (_spans.Count > 0 && span.Start <= _spans[^1].End)
            {
                _spans[^1] = TextSpan.FromBounds(_spans[^1].Start, Math.Max(_spans[^1].End, span.End));
            }
            else
            {
                _spans.Add(span);
            }
        }
    }

    /// <summary>True when <paramref name="span"/> shares a character with a span of the set (an empty span: lies inside one).</summary>
    public bool Touches(TextSpan span)
    {
        var candidate = LastStartingBefore(span.IsEmpty ? span.Start + 1 : span.End);
        return candidate >= 0 && _spans[candidate].End > span.Start;
    }

    /// <summary>True when <paramref name="span"/> lies entirely inside a span of the set.</summary>
    public bool Holds(TextSpan span)
    {
        var candidate = LastStartingBefore(span.Start + 1);
        return candidate >= 0 && _spans[candidate].Contains(span);
    }

    private int LastStartingBefore(int end)
    {
        int low = 0, high = _spans.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (_spans[mid].Start < end)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
