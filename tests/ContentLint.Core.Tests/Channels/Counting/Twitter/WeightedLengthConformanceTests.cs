using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Tests.Conformance;

namespace ContentLint.Core.Tests.Channels.Counting.Twitter;

/// <summary>
/// Every weighted-length case of validate.yml, each section with the config the upstream harnesses use:
/// v2 for WeightedTweetsCounterTest, v3 for the emoji and the directional-marker sections; and the
/// legacy <c>tweets</c> validity section with v1.
/// </summary>
public sealed class WeightedLengthConformanceTests
{
    public static TheoryData<string, string, int, string> WeightedCases =>
        TwitterTextConformance.Rows(
            "validate.yml",
            "WeightedTweetsCounterTest",
            "WeightedTweetsWithDiscountedEmojiCounterTest",
            "UnicodeDirectionalMarkerCounterTest");

    public static TheoryData<string, string, int, string> TweetCases => TwitterTextConformance.Rows("validate.yml", "tweets");

    [Theory]
    [MemberData(nameof(WeightedCases))]
    public void Parses_like_twitter_text(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var config = section == "WeightedTweetsCounterTest" ? TwitterTextConfig.V2 : TwitterTextConfig.V3;

        var actual = new XWeightedCounter(config).Parse(testCase.Text);

        var expected = new TweetParseResult(
            testCase.Int("weightedLength"),
            bool.Parse(testCase.Field("valid")),
            testCase.Int("permillage"),
            testCase.Int("displayRangeStart"),
            testCase.Int("displayRangeEnd"),
            testCase.Int("validRangeStart"),
            testCase.Int("validRangeEnd"));
        Assert.True(expected == actual, $"{description}: expected {expected} but got {actual}");
    }

    [Theory]
    [MemberData(nameof(TweetCases))]
    public void Validates_legacy_tweets_with_v1(string file, string section, int index, string description)
    {
        var testCase = TwitterTextConformance.Get(file, section, index);
        var actual = new XWeightedCounter(TwitterTextConfig.V1).Parse(testCase.Text).Valid;
        Assert.True(bool.Parse(testCase.Scalar) == actual, $"{description}: expected {testCase.Scalar}");
    }

    [Fact]
    public void Config_files_match_the_built_in_configs()
    {
        foreach (var (file, config) in new[] { ("config-v1.json", TwitterTextConfig.V1), ("config-v2.json", TwitterTextConfig.V2), ("config-v3.json", TwitterTextConfig.V3) })
        {
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TwitterTextConformance.Folder, file)));
            var root = json.RootElement;
            Assert.Equal(root.GetProperty("version").GetInt32(), config.Version);
            Assert.Equal(root.GetProperty("maxWeightedTweetLength").GetInt32(), config.MaxWeightedTweetLength);
            Assert.Equal(root.GetProperty("scale").GetInt32(), config.Scale);
            Assert.Equal(root.GetProperty("defaultWeight").GetInt32(), config.DefaultWeight);
            Assert.Equal(root.GetProperty("transformedURLLength").GetInt32(), config.TransformedUrlLength);
            Assert.Equal(root.TryGetProperty("emojiParsingEnabled", out var emoji) && emoji.GetBoolean(), config.EmojiParsingEnabled);
            var ranges = root.GetProperty("ranges").EnumerateArray()
                .Select(r => new WeightRange(r.GetProperty("start").GetInt32(), r.GetProperty("end").GetInt32(), r.GetProperty("weight").GetInt32()));
            Assert.Equal(ranges, config.Ranges);
        }
    }
}
