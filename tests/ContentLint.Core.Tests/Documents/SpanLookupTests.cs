using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents;

/// <summary>
/// The indexed span lookups answer exactly what a scan with <see cref="TextSpan.OverlapsWith"/> and
/// <see cref="TextSpan.Contains(TextSpan)"/> answers, empty spans and shared bounds included.
/// </summary>
public sealed class SpanLookupTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void SpanIndex_answers_as_a_scan_does(int seed)
    {
        var random = new Random(seed);
        var spans = RandomSpans(random, 40, 60);
        var index = new SpanIndex(spans);

        foreach (var query in RandomSpans(random, 2_000, 64))
        {
            Assert.Equal(spans.Any(s => s.OverlapsWith(query)), index.Overlaps(query));
            Assert.Equal(spans.Any(s => s.Contains(query)), index.Contains(query));
            Assert.Equal(spans.Any(s => s.Contains(query.Start)), index.Contains(query.Start));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void NonOverlappingSpans_keeps_what_a_greedy_scan_keeps(int seed)
    {
        var random = new Random(seed);
        var kept = new List<TextSpan>();
        var set = new NonOverlappingSpans();

        foreach (var candidate in RandomSpans(random, 2_000, 200))
        {
            Assert.Equal(kept.Any(k => k.OverlapsWith(candidate)), set.Overlaps(candidate));
            var expected = !kept.Any(k => k.OverlapsWith(candidate));
            if (expected)
            {
                kept.Add(candidate);
            }

            Assert.Equal(expected, set.TryAdd(candidate));
        }
    }

    [Fact]
    public void An_empty_index_holds_nothing()
    {
        Assert.False(SpanIndex.Empty.Overlaps(new TextSpan(0, 10)));
        Assert.False(SpanIndex.Empty.Contains(0));
        Assert.False(SpanIndex.Empty.Contains(new TextSpan(3, 0)));
    }

    // Short spans, a third of them empty, on a small range so that bounds coincide often.
    private static List<TextSpan> RandomSpans(Random random, int count, int range) =>
        [.. Enumerable.Range(0, count).Select(_ => new TextSpan(random.Next(range), random.Next(3) == 0 ? 0 : random.Next(1, 8)))];
}
