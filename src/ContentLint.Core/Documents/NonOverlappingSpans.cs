using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>
/// Spans kept greedily: a span is added only when it overlaps none of those already kept (in the
/// sense of <see cref="TextSpan.OverlapsWith"/>), each test in O(log n), where a scan of the kept
/// list per candidate would be quadratic on a long post.
/// </summary>
public sealed class NonOverlappingSpans
{
    // Non-empty kept spans are pairwise disjoint, so ordered by start their ends are ordered too.
    private readonly SortedSet<TextSpan> _spans = new(Comparer<TextSpan>.Create((a, b) => a.Start.CompareTo(b.Start)));
    private readonly SortedSet<int> _emptyAt = [];

    /// <summary>Keeps <paramref name="span"/> and returns true, or returns false when it overlaps a kept span.</summary>
    public bool TryAdd(TextSpan span)
    {
        if (Overlaps(span))
        {
            return false;
        }

        if (span.IsEmpty)
        {
            _emptyAt.Add(span.Start);
        }
        else
        {
            _spans.Add(span);
        }

        return true;
    }

    /// <summary>True when <paramref name="span"/> overlaps a kept span.</summary>
    public bool Overlaps(TextSpan span)
    {
        var limit = span.IsEmpty ? span.Start : span.End;
        if (limit > 0 && _spans.Count > 0 && _spans.Min.Start < limit
            && _spans.GetViewBetween(_spans.Min, new TextSpan(limit - 1, 0)).Max.End > span.Start)
        {
            return true;
        }

        return !span.IsEmpty && span.Length > 1 && Any(_emptyAt.GetViewBetween(span.Start + 1, span.End - 1));
    }

    // A view's Count walks the whole view; its enumerator stops at the first element.
    private static bool Any(SortedSet<int> view)
    {
        foreach (var _ in view)
        {
            return true;
        }

        return false;
    }
}
