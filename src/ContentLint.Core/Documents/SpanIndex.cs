using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>
/// A fixed set of spans (overlapping or not) that answers "does any of them overlap / contain …"
/// in O(log n), with the same meaning as <see cref="TextSpan.OverlapsWith"/> and
/// <see cref="TextSpan.Contains(TextSpan)"/>: a rule asking this for every match of a long post
/// stays O(n log n) where a scan of the list per match would be quadratic.
/// </summary>
public sealed class SpanIndex
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;
    private readonly int[] _emptyAt;

    /// <summary>Indexes <paramref name="spans"/>, in any order.</summary>
    public SpanIndex(IEnumerable<TextSpan> spans)
    {
        var nonEmpty = new List<TextSpan>();
        var empty = new List<int>();
        foreach (var span in spans)
        {
            if (span.IsEmpty)
            {
                empty.Add(span.Start);
            }
            else
            {
                nonEmpty.Add(span);
            }
        }

        nonEmpty.Sort((a, b) => a.Start.CompareTo(b.Start));
        _starts = [.. nonEmpty.Select(s => s.Start)];
        _maxEnds = new int[nonEmpty.Count];
        for (var i = 0; i < nonEmpty.Count; i++)
        {
            _maxEnds[i] = Math.Max(nonEmpty[i].End, i > 0 ? _maxEnds[i - 1] : int.MinValue);
        }

        empty.Sort();
        _emptyAt = [.. empty];
    }

    /// <summary>An index of no span.</summary>
    public static SpanIndex Empty { get; } = new([]);

    /// <summary>True when some span overlaps <paramref name="span"/> (see <see cref="TextSpan.OverlapsWith"/>).</summary>
    public bool Overlaps(TextSpan span)
    {
        if (span.IsEmpty)
        {
            return MaxEndOfStartsBefore(span.Start) > span.Start;
        }

        if (MaxEndOfStartsBefore(span.End) > span.Start)
        {
            return true;
        }

        var next = CountBelow(_emptyAt, span.Start + 1);
        return next < _emptyAt.Length && _emptyAt[next] < span.End;
    }

    /// <summary>True when some span contains <paramref name="offset"/>.</summary>
    public bool Contains(int offset) => MaxEndOfStartsBefore(offset + 1) > offset;

    /// <summary>True when some span contains all of <paramref name="span"/> (see <see cref="TextSpan.Contains(TextSpan)"/>).</summary>
    public bool Contains(TextSpan span)
    {
        if (MaxEndOfStartsBefore(span.Start + 1) >= span.End)
        {
            return true;
        }

        return span.IsEmpty && Array.BinarySearch(_emptyAt, span.Start) >= 0;
    }

    // The largest end among the non-empty spans starting before `limit`.
    private int MaxEndOfStartsBefore(int limit)
    {
        var count = CountBelow(_starts, limit);
        return count == 0 ? int.MinValue : _maxEnds[count - 1];
    }

    // How many values of the sorted array are below `limit`.
    private static int CountBelow(int[] sorted, int limit)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
