using ContentLint.Core.Channels.Counting.Mastodon;

namespace ContentLint.Core.Tests.Channels.Counting;

/// <summary>Mastodon's StatusLengthValidator: graphemes, http(s) URLs 23, remote mentions as @user.</summary>
public sealed class MastodonCounterTests
{
    [Theory]
    [InlineData("@alice@example.social", 6)]
    [InlineData("Hi @alice@example.social!", 10)]
    [InlineData("@bob", 4)]
    [InlineData("@bob@example.com look https://example.com", 4 + 6 + 23)]
    [InlineData("Voir https://example.com/une/très/longue/adresse?x=1", 5 + 23)]
    [InlineData("http://t.co/abc", 23)]
    [InlineData("example.com", 11)]
    [InlineData("mail arnt@example.org for details", 33)]
    [InlineData("https://example.com/@alice@example.social", 23)]
    [InlineData("@alice@example.social@", 22)]
    [InlineData("@Alice.B-c@sub.example.co.uk", 10)]
    [InlineData("e\u0301te\u0301", 3)]
    [InlineData("\U0001F469\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 \U0001F1EB\U0001F1F7", 3)]
    [InlineData("   ", 0)]
    public void Counts_like_the_status_length_validator(string text, int expected)
    {
        Assert.Equal(expected, MastodonCounter.Instance.Count(text).Count);
    }

    [Fact]
    public void Counts_the_content_warning_with_the_text()
    {
        Assert.Equal(5, MastodonCounter.Instance.Count("abc", "CW").Count);
        Assert.Equal(7, MastodonCounter.Instance.Count("   ", "spoiler").Count);
    }

    [Fact]
    public void Extracts_local_and_remote_mentions()
    {
        const string text = "@arnt@grå.org and @bob, not foo@bar.com nor https://x.org/@a@b.c";
        var mentions = MastodonMentionExtractor.Extract(text);
        Assert.Equal(["@arnt@grå.org", "@bob"], mentions.Select(m => text[m.Start..m.End]));
        Assert.True(mentions[0].IsRemote);
        Assert.Equal("@arnt", text[mentions[0].Start..mentions[0].UsernameEnd]);
        Assert.False(mentions[1].IsRemote);
    }
}
