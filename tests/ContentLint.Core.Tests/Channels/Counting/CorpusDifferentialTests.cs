using System.Text.Json;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Channels.Counting;

/// <summary>
/// Differential test on real posts: ../shared/corpus/real-mixed-unicode.jsonl carries, for each post,
/// the X weighted length computed by the npm package twitter-text@3.1.0 and plain counts computed with
/// Python. Skipped (with the reason) when ../shared is absent.
/// </summary>
public sealed class CorpusDifferentialTests(ITestOutputHelper output)
{
    private const string CorpusFile = "corpus/real-mixed-unicode.jsonl";

    [SkippableFact]
    public void X_weighted_length_equals_twitter_text_on_every_corpus_post()
    {
        var posts = LoadOrSkip();
        var v3 = new XWeightedCounter(TwitterTextConfig.V3);
        var v2 = new XWeightedCounter(TwitterTextConfig.V2);
        var failures = new List<string>();
        foreach (var post in posts)
        {
            var x = post.GetProperty("x");
            var text = post.GetProperty("text").GetString()!;
            var actual = v3.Parse(text);
            var expected = x.GetProperty("v3");
            if (actual.WeightedLength != expected.GetProperty("weightedLength").GetInt32() || actual.Valid != expected.GetProperty("valid").GetBoolean())
            {
                failures.Add($"{post.GetProperty("id").GetString()}: v3 expected {expected} got {actual.WeightedLength}/{actual.Valid}");
            }

            var expectedV2 = x.GetProperty("v2").GetProperty("weightedLength").GetInt32();
            if (v2.Parse(text).WeightedLength != expectedV2)
            {
                failures.Add($"{post.GetProperty("id").GetString()}: v2 expected {expectedV2} got {v2.Parse(text).WeightedLength}");
            }
        }

        output.WriteLine($"{posts.Count} posts compared with twitter-text@3.1.0 (v3 and v2), {failures.Count} differences.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [SkippableFact]
    public void Plain_counts_equal_the_corpus_features()
    {
        var posts = LoadOrSkip();
        var failures = new List<string>();
        foreach (var post in posts)
        {
            var text = post.GetProperty("text").GetString()!;
            var features = post.GetProperty("features");
            Check(post, "graphemes", features.GetProperty("graphemes").GetInt32(), TextMetrics.Graphemes(text), failures);
            Check(post, "utf8_bytes", features.GetProperty("utf8_bytes").GetInt32(), TextMetrics.Utf8Bytes(text), failures);
            Check(post, "utf16_units", features.GetProperty("utf16_units").GetInt32(), TextMetrics.Utf16Units(text), failures);
            Check(post, "codepoints", features.GetProperty("codepoints").GetInt32(), TextMetrics.CodePoints(text), failures);
        }

        output.WriteLine($"{posts.Count} posts: graphemes, UTF-8 bytes, UTF-16 units and code points compared, {failures.Count} differences.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static void Check(JsonElement post, string feature, int expected, int actual, List<string> failures)
    {
        if (expected != actual)
        {
            failures.Add($"{post.GetProperty("id").GetString()}: {feature} expected {expected} got {actual}");
        }
    }

    private List<JsonElement> LoadOrSkip()
    {
        var path = SharedFolder.Find(CorpusFile);
        if (path is null)
        {
            output.WriteLine($"Skipped: ../shared/{CorpusFile} not found next to the repository.");
        }

        Skip.If(path is null, $"../shared/{CorpusFile} is absent (the shared folder sits beside the repository root); the differential test needs it.");
        return File.ReadLines(path!)
            .Where(line => line.Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
    }
}
