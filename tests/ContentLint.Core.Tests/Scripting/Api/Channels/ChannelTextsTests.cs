using ContentLint.Core.Channels;
using ContentLint.Core.Scripting.Api.Channels;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Scripting.Api.Channels;

public sealed class ChannelTextsTests
{
    private static readonly ChannelCatalog Catalog = new(Lint.DefaultConfig);

    [Fact]
    public void Renditions_skip_unknown_channels_and_a_variant_is_described_as_such_in_both_languages()
    {
        var post = Lint.Parse("week.posts.yaml", "posts:\n  - channels: [x, nope, mastodon]\n    text: \"Hello.\"\n    variants:\n      mastodon: \"Hello, fediverse.\"\n").Posts[0];

        var renditions = ChannelTexts.Renditions(post, Catalog).ToList();

        Assert.Equal(["x", "mastodon"], renditions.Select(r => r.Channel.Name));
        Assert.Equal(new("X", "X"), ChannelTexts.Describe(renditions[0].Channel, renditions[0].Rendition));
        Assert.Equal(new("Mastodon (variant)", "Mastodon (variante)"), ChannelTexts.Describe(renditions[1].Channel, renditions[1].Rendition));
    }

    [Fact]
    public void Overflow_says_count_method_and_excess_or_bytes_when_only_the_byte_limit_is_passed()
    {
        var x = Catalog.Find("x")!;
        var bluesky = Catalog.Find("bluesky")!;

        var overCount = ChannelTexts.Overflow(ChannelMeasurement.Measure(x, new string('a', 283)));
        var overBytes = ChannelTexts.Overflow(ChannelMeasurement.Measure(bluesky, string.Concat(Enumerable.Repeat("👩‍👩‍👧‍👦", 121))));

        Assert.Equal("283/280 (X weighted length (twitter-text v3)), 3 over", overCount.ToString());
        Assert.EndsWith(", 3 de trop", overCount.Fr, StringComparison.Ordinal);
        Assert.Equal(("3025/3000 UTF-8 bytes, 25 over", "3025/3000 octets UTF-8, 25 de trop"), (overBytes.En, overBytes.Fr));
    }

    [Fact]
    public void The_content_warning_counts_only_where_the_channel_counts_the_mastodon_way()
    {
        var post = Lint.Parse("a.md", "---\nchannels: [x, mastodon]\ncontent_warning: Spoilers\n---\nHello.\n").Posts[0];

        Assert.Equal("Spoilers", ChannelTexts.ContentWarning(post, Catalog.Find("mastodon")!));
        Assert.Null(ChannelTexts.ContentWarning(post, Catalog.Find("x")!));
    }
}
