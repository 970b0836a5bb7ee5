using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Mastodon;
using ContentLint.Core.Channels.Counting.Twitter;

namespace ContentLint.Core.Tests.Channels.Counting;

/// <summary>The offset where a text first exceeds a limit, so a finding covers exactly the overflow.</summary>
public sealed class OverflowOffsetTests
{
    private const string Family = "\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466";

    [Theory]
    [InlineData(CountingMethod.Utf16, "abcdef", 4, 4)]
    [InlineData(CountingMethod.Utf16, "abcd", 4, -1)]
    [InlineData(CountingMethod.Graphemes, "a" + Family + "b", 1, 1)]
    [InlineData(CountingMethod.Graphemes, "a" + Family + "b", 2, 12)]
    [InlineData(CountingMethod.Graphemes, "a" + Family + "b", 3, -1)]
    [InlineData(CountingMethod.CodePoints, "a\U0001F600b", 2, 3)]
    [InlineData(CountingMethod.CodePoints, "a\U0001F600b", 1, 1)]
    [InlineData(CountingMethod.Utf8Bytes, "a\u00E9\U0001F600", 3, 2)]
    [InlineData(CountingMethod.Utf8Bytes, "a\u00E9\U0001F600", 2, 1)]
    [InlineData(CountingMethod.Utf8Bytes, "a\u00E9\U0001F600", 7, -1)]
    [InlineData(CountingMethod.XWeighted, "ab\u65E5c", 3, 2)]
    [InlineData(CountingMethod.XWeighted, "ab" + Family + "c", 3, 2)]
    [InlineData(CountingMethod.XWeighted, "ab" + Family + "c", 4, 13)]
    [InlineData(CountingMethod.Mastodon, "@alice@example.social abc", 8, 23)]
    [InlineData(CountingMethod.Mastodon, "ab https://example.com/x cd", 10, 3)]
    public void Points_at_the_first_unit_over_the_limit(CountingMethod method, string text, int limit, int expected)
    {
        Assert.Equal(expected, TextCounters.Create(method).OffsetOfFirstOverflow(text, limit));
    }

    [Fact]
    public void X_overflow_starts_at_the_first_character_past_280()
    {
        var text = new string('a', 290);
        Assert.Equal(280, XWeightedCounter.V3.OffsetOfFirstOverflow(text, 280));
    }

    [Fact]
    public void X_overflow_inside_a_url_points_at_the_url()
    {
        var text = new string('x', 270) + " https://example.com/page";
        Assert.Equal(271, XWeightedCounter.V3.OffsetOfFirstOverflow(text, 280));
        Assert.Equal(294, XWeightedCounter.V3.Count(text).Count);
    }

    [Fact]
    public void X_overflow_maps_back_from_nfc_to_the_original_text()
    {
        var text = string.Concat(Enumerable.Repeat("e\u0301", 281));
        Assert.Equal(281, XWeightedCounter.V3.Count(text).Count);
        Assert.Equal(560, XWeightedCounter.V3.OffsetOfFirstOverflow(text, 280));
    }

    [Fact]
    public void X_premium_length_is_a_config_override()
    {
        var premium = new XWeightedCounter(TwitterTextConfig.V3 with { MaxWeightedTweetLength = 25_000 });
        var text = new string('a', 25_001);
        var result = premium.Parse(text);
        Assert.False(result.Valid);
        Assert.Equal(25_001, result.WeightedLength);
        Assert.Equal(1000, result.Permillage);
        Assert.True(premium.Parse(text.AsSpan(0, 25_000)).Valid);
        Assert.Equal(25_000, premium.OffsetOfFirstOverflow(text, 25_000));
        Assert.False(XWeightedCounter.V3.Parse(text.AsSpan(0, 281)).Valid);
    }

    [Fact]
    public void Mastodon_overflow_accounts_for_shortened_mentions()
    {
        var text = "@alice@example.social " + new string('a', 495);
        Assert.Equal(502, MastodonCounter.Instance.Count(text).Count);
        Assert.Equal(22 + (500 - 7), MastodonCounter.Instance.OffsetOfFirstOverflow(text, 500));
    }

    [Fact]
    public void Mastodon_overflow_counts_the_content_warning_first()
    {
        var text = new string('a', 495);
        Assert.Equal(505, MastodonCounter.Instance.Count(text, new string('w', 10)).Count);
        Assert.Equal(490, MastodonCounter.Instance.OffsetOfFirstOverflow(text, new string('w', 10), 500));
        Assert.Equal(0, MastodonCounter.Instance.OffsetOfFirstOverflow(text, new string('w', 501), 500));
    }
}
