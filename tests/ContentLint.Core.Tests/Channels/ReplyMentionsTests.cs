using ContentLint.Core.Channels;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Channels;

/// <summary>
/// A reply (<c>reply_to:</c>) does not count its leading @mentions on X, as X has not since 2017: 107 of
/// 1,136 real support replies in ../shared/corpus were over 280 only because of them.
/// </summary>
public sealed class ReplyMentionsTests
{
    private static readonly ChannelCatalog Catalog = new(Lint.DefaultConfig);

    [Theory]
    [InlineData("@alex Thanks!", 6)]
    [InlineData("@alex  @sam_1\nThanks!", 14)]
    [InlineData("  @alex thanks @sam", 8)]
    [InlineData("Thanks @alex!", 0)]
    [InlineData("@acme/team news", 0)]
    [InlineData("email@alex.example", 0)]
    [InlineData("@alex", 5)]
    [InlineData("", 0)]
    public void The_prefix_is_the_leading_run_of_mentions_with_its_spaces(string text, int expected) =>
        Assert.Equal(expected, ReplyMentions.PrefixLength(text));

    [Fact]
    public void On_x_a_reply_counts_its_text_without_its_leading_mentions_and_overflows_past_them()
    {
        var x = Catalog.Find("x")!;
        var text = "@alex_example @sam_example " + new string('a', 281);

        var reply = ChannelMeasurement.Measure(x, text, isReply: true);
        var post = ChannelMeasurement.Measure(x, text);

        Assert.Equal("281/280", reply.Ratio);
        Assert.Equal(text.Length - 1, reply.OverflowOffset);
        Assert.Equal("308/280", post.Ratio);
        Assert.Equal(280, post.OverflowOffset);
        Assert.False(ChannelMeasurement.Measure(x, "@alex_example @sam_example " + new string('a', 280), isReply: true).IsOverLimit);
    }

    [Fact]
    public void Mastodon_and_bluesky_count_the_mentions_of_a_reply()
    {
        var text = "@alex " + new string('a', 10);

        Assert.Equal(16, ChannelMeasurement.Measure(Catalog.Find("mastodon")!, text, isReply: true).Count);
        Assert.Equal(16, ChannelMeasurement.Measure(Catalog.Find("bluesky")!, text, isReply: true).Count);
    }

    [Fact]
    public void Reply_to_is_read_inherited_from_defaults_and_drives_the_editor_counter()
    {
        var text = "@alex_example " + new string('a', 280);
        var document = Lint.Parse("week.posts.yaml", $"defaults:\n  reply_to: https://x.com/alex/status/1\nposts:\n  - id: a\n    channel: x\n    text: \"{text}\"\n  - id: b\n    channel: x\n    reply_to: \"42\"\n    text: \"{text}\"\n");

        Assert.Empty(document.Diagnostics);
        Assert.Equal(["https://x.com/alex/status/1", "42"], document.Posts.Select(p => p.ReplyTo?.Value));
        Assert.All(PostMeasures.Compute(document, Catalog), measure => Assert.Equal("280/280", measure.Measurement.Ratio));
    }

    [Fact]
    public void A_post_without_reply_to_is_not_a_reply_and_check_reports_its_mentions_over_the_limit()
    {
        var text = "@alex_example " + new string('a', 280);

        var post = Lint.Text("p.md", $"---\nchannel: x\n---\n{text}\n");
        var reply = Lint.Text("r.md", $"---\nchannel: x\nreply_to: https://x.com/alex/status/1\n---\n{text}\n");

        Assert.Contains(post.Findings, f => f.RuleId == "CL1002");
        Assert.DoesNotContain(reply.Findings, f => f.RuleId is "CL1002" or "CL0009");
    }
}
