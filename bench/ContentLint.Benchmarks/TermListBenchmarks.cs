using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using ContentLint.Core.Matching;

namespace ContentLint.Benchmarks;

/// <summary>
/// Per-post cost of a term list of 10 vs 10,000 terms over 1,000 real posts. Both lists hold the
/// same 10 words that occur in the posts (same matches to report); the 9,990 others are real words
/// from other posts of the corpus that do not occur in these (a realistic confidential list, mostly
/// silent). The one-pass matcher's cost must not grow with the list (target: within 2×).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public partial class TermListBenchmarks
{
    private const int Posts = 1_000;
    private string[] _posts = [];
    private TermMatcher _matcher = null!;

    [Params(10, 10_000)]
    public int Terms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = RealPosts.Load(40_000);
        _posts = corpus[..Posts];
        var inPosts = Words(_posts).ToHashSet();
        var occurring = inPosts.Where(w => w.Length >= 6).Order(StringComparer.Ordinal).Where((_, i) => i % 50 == 0).Take(10).ToList();
        var silent = Words(corpus[Posts..]).Where(w => w.Length >= 4 && !inPosts.Contains(w)).Distinct().Order(StringComparer.Ordinal).Take(Terms - occurring.Count);
        _matcher = new TermMatcher([.. occurring, .. silent]);
        if (_matcher.Count != Terms)
        {
            throw new InvalidOperationException($"Built {_matcher.Count} terms instead of {Terms}.");
        }
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public int MatchPerPost()
    {
        var found = 0;
        foreach (var post in _posts)
        {
            found += _matcher.Matches(post).Count;
        }

        return found;
    }

    private static IEnumerable<string> Words(IEnumerable<string> posts) =>
        posts.SelectMany(p => Word().Matches(p).Select(m => m.Value.ToLowerInvariant()));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
