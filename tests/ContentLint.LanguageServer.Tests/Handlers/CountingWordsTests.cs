using ContentLint.Core.Channels;
using ContentLint.LanguageServer.Handlers.PostStats;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary>The counter's tooltip says how each channel counts in words a writer reads, from the channels data.</summary>
public sealed class CountingWordsTests
{
    public static TheoryData<string> Channels() => [.. BuiltInChannels.All.Select(c => c.Name)];

    private static ChannelDefinition Channel(string name) => BuiltInChannels.All.Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(Channels))]
    public void Every_channel_is_described_by_its_name_without_jargon_in_english_and_french(string name)
    {
        var channel = Channel(name);
        var english = CountingWords.Describe(channel, "en");
        var french = CountingWords.Describe(channel, "fr");

        Assert.StartsWith($"{channel.DisplayName} counts ", english, StringComparison.Ordinal);
        Assert.StartsWith($"{channel.DisplayNameFr} compte ", french, StringComparison.Ordinal);
        foreach (var jargon in new[] { "UTF", "code unit", "code point", "grapheme", "twitter-text" })
        {
            Assert.DoesNotContain(jargon, english, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(jargon, french, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(channel.Fold is not null, english.Contains("see more", StringComparison.Ordinal));
        Assert.Equal(channel.Fold is not null, french.Contains("voir plus", StringComparison.Ordinal));
        Assert.Equal(channel.ByteLimit is not null, english.Contains(" bytes (", StringComparison.Ordinal));
    }

    [Fact]
    public void X_counts_links_as_23_and_most_emoji_as_2()
    {
        Assert.Equal(
            "X counts every link as 23 characters, most emoji as 2 and Chinese, Japanese or Korean characters as 2.",
            CountingWords.Describe(Channel("x"), "en"));
        Assert.StartsWith("X compte chaque lien pour 23 caractères, la plupart des emoji pour 2", CountingWords.Describe(Channel("x"), "fr"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_numbers_come_from_the_channel_and_are_written_in_the_readers_language()
    {
        var linkedIn = CountingWords.Describe(Channel("linkedin"), "en");
        var bluesky = CountingWords.Describe(Channel("bluesky"), "fr");
        var mastodon = CountingWords.Describe(Channel("mastodon"), "en");

        Assert.EndsWith("After 210 characters, the post is folded behind \"…see more\".", linkedIn, StringComparison.Ordinal);
        Assert.StartsWith("LinkedIn counts each letter as 1 and most emoji as 2", linkedIn, StringComparison.Ordinal);
        Assert.Contains("3\u202F000 octets", bluesky, StringComparison.Ordinal);
        Assert.Contains("each emoji, even a flag or a family, counts as 1", CountingWords.Describe(Channel("bluesky"), "en"), StringComparison.Ordinal);
        Assert.Contains("every link as 23 characters, a mention @name@server as @name", mastodon, StringComparison.Ordinal);
        Assert.Contains("an accented letter 2, an emoji 4 or more", CountingWords.Describe(Channel("youtube"), "en"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_limit_or_fold_changes_the_words()
    {
        var folded = Channel("x") with { Fold = 100 };

        Assert.EndsWith("After 100 characters, the post is folded behind \"…see more\".", CountingWords.Describe(folded, "en"), StringComparison.Ordinal);
    }
}
