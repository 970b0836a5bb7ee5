using System.Text.Json;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Tests.TestSupport;
using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Channels.Counting;

/// <summary>
/// Differential test on generated posts: Fixtures/x-oracle.jsonl holds random strings built from tricky
/// pieces (URLs, TLDs, emoji and their variation selectors, ZWJ, flags, keycaps, NFD, bidi marks, invalid
/// characters, hash and at signs) with the results of twitter-text@3.1.0 (length, URLs, hashtags, mentions) and ICU's grapheme segmenter
/// (tools/oracle-fixtures). Set CONTENTLINT_ORACLE_FIXTURE to run a larger file.
/// </summary>
public sealed class OracleFixtureTests(ITestOutputHelper output)
{
    [Fact]
    public void Counts_and_urls_equal_the_oracle_on_every_generated_post()
    {
        var path = Environment.GetEnvironmentVariable("CONTENTLINT_ORACLE_FIXTURE")
            ?? Path.Combine(AppContext.BaseDirectory, "Channels", "Counting", "Fixtures", "x-oracle.jsonl");
        var v3 = new XWeightedCounter(TwitterTextConfig.V3);
        var v2 = new XWeightedCounter(TwitterTextConfig.V2);
        var failures = new List<string>();
        var cases = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            cases++;
            var root = JsonDocument.Parse(line).RootElement;
            var text = JsonText.ReadString(root.GetProperty("text"));
            var expected = root.GetProperty("v3");
            var expectedResult = new TweetParseResult(
                expected.GetProperty("weightedLength").GetInt32(),
                expected.GetProperty("valid").GetBoolean(),
                expected.GetProperty("permillage").GetInt32(),
                expected.GetProperty("displayRangeStart").GetInt32(),
                expected.GetProperty("displayRangeEnd").GetInt32(),
                expected.GetProperty("validRangeStart").GetInt32(),
                expected.GetProperty("validRangeEnd").GetInt32());
            TweetParseResult actual;
            try
            {
                actual = v3.Parse(text);
            }
            catch (ArgumentException e)
            {
                failures.Add($"v3 {JsonSerializer.Serialize(text)}: threw {e.Message}");
                continue;
            }

            if (actual != expectedResult)
            {
                failures.Add($"v3 {JsonSerializer.Serialize(text)}: expected {expectedResult} got {actual}");
            }

            if (v2.Parse(text).WeightedLength != root.GetProperty("v2").GetInt32())
            {
                failures.Add($"v2 {JsonSerializer.Serialize(text)}: expected {root.GetProperty("v2").GetInt32()} got {v2.Parse(text).WeightedLength}");
            }

            var expectedUrls = string.Join(" ", root.GetProperty("urls").EnumerateArray().Select(u => $"{u[0].GetInt32()}-{u[1].GetInt32()}"));
            var actualUrls = string.Join(" ", TwitterUrlExtractor.Extract(text).Select(u => $"{u.Start}-{u.End}"));
            if (expectedUrls != actualUrls)
            {
                failures.Add($"urls {JsonSerializer.Serialize(text)}: expected [{expectedUrls}] got [{actualUrls}]");
            }

            Compare("hashtags", text, root.GetProperty("hashtags"), TwitterHashtagExtractor.Extract(text).Select(t => (t.Start, t.End)), failures);
            Compare("mentions", text, root.GetProperty("mentions"), TwitterMentionExtractor.Extract(text).Select(m => (m.Start, m.End)), failures);

            var graphemes = root.GetProperty("graphemes").GetInt32();
            if (graphemes >= 0 && TextMetrics.Graphemes(text) != graphemes)
            {
                failures.Add($"graphemes {JsonSerializer.Serialize(text)}: expected {graphemes} got {TextMetrics.Graphemes(text)}");
            }
        }

        foreach (var failure in failures.Take(200))
        {
            output.WriteLine(failure);
        }

        output.WriteLine($"{cases} generated posts compared with twitter-text@3.1.0 and ICU, {failures.Count} differences.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures.Take(50)));
    }

    private static void Compare(string what, string text, JsonElement expected, IEnumerable<(int Start, int End)> actual, List<string> failures)
    {
        var expectedSpans = string.Join(" ", expected.EnumerateArray().Select(e => $"{e[0].GetInt32()}-{e[1].GetInt32()}"));
        var actualSpans = string.Join(" ", actual.Select(a => $"{a.Start}-{a.End}"));
        if (expectedSpans != actualSpans)
        {
            failures.Add($"{what} {JsonSerializer.Serialize(text)}: expected [{expectedSpans}] got [{actualSpans}]");
        }
    }
}
