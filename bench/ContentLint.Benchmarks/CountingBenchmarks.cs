using BenchmarkDotNet.Attributes;
using ContentLint.Core.Channels.Counting;

namespace ContentLint.Benchmarks;

/// <summary>Counts 100,000 real posts (the corpus, repeated) with each channel's method.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class CountingBenchmarks
{
    public const int PostCount = 100_000;
    private string[] _posts = [];

    [Params(CountingMethod.XWeighted, CountingMethod.Mastodon, CountingMethod.Graphemes, CountingMethod.Utf8Bytes)]
    public CountingMethod Method { get; set; }

    [GlobalSetup]
    public void Setup() => _posts = RealPosts.Load(PostCount);

    [Benchmark(OperationsPerInvoke = PostCount)]
    public int Count100kPosts()
    {
        var counter = TextCounters.Create(Method);
        var total = 0;
        foreach (var post in _posts)
        {
            total += counter.Count(post).Count;
        }

        return total;
    }
}
