using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

public sealed class CountCommandTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Counts_standard_input_for_several_channels()
    {
        var result = ContentLintProcess.RunWithInput(_repo.Root, "Salut 👋 https://example.com/" + new string('x', 40) + "\n", "count", "--channel", "x", "-C", "bluesky,mastodon");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "x: 32/280 (X weighted length (twitter-text v3))\nbluesky: 68/300 (grapheme clusters), 71/3000 UTF-8 bytes\nmastodon: 31/500 (Mastodon characters (graphemes, URLs 23, remote mentions as @user))\n",
            result.Stdout);
    }

    [Fact]
    public void A_file_over_the_limit_exits_1_and_config_overrides_apply()
    {
        _repo.Write("post.txt", new string('a', 300) + "\n");

        var over = ContentLintProcess.Run(_repo.Root, "count", "-C", "x", "post.txt");
        _repo.Write("contentlint.yaml", "channels:\n  x: {limit: 25000}\n");
        var premium = ContentLintProcess.Run(_repo.Root, "count", "-C", "x", "post.txt");

        Assert.Equal(1, over.ExitCode);
        Assert.Equal("x: 300/280 (X weighted length (twitter-text v3)): 20 over\n", over.Stdout);
        Assert.Equal(0, premium.ExitCode);
        Assert.Equal("x: 300/25000 (X weighted length (twitter-text v3))\n", premium.Stdout);
    }

    [Fact]
    public void A_reply_counts_without_its_leading_mentions_on_x_from_reply_or_from_reply_to()
    {
        var text = "@alex_example @sam_example " + new string('a', 270);
        _repo.Write("reply.md", $"---\nchannel: x\nreply_to: https://x.com/alex/status/1\n---\n{text}\n");

        var plain = ContentLintProcess.RunWithInput(_repo.Root, text, "count", "-C", "x");
        var reply = ContentLintProcess.RunWithInput(_repo.Root, text, "count", "-C", "x", "--reply");
        var file = ContentLintProcess.Run(_repo.Root, "count", "reply.md");

        Assert.Equal("x: 297/280 (X weighted length (twitter-text v3)): 17 over\n", plain.Stdout);
        Assert.Equal("x: 270/280 (X weighted length (twitter-text v3))\n", reply.Stdout);
        Assert.Equal(0, reply.ExitCode);
        Assert.Equal("reply: x: 270/280 (X weighted length (twitter-text v3))\n", file.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_unknown_channel_is_a_usage_error_with_a_suggestion()
    {
        var result = ContentLintProcess.RunWithInput(_repo.Root, "hi", "count", "-C", "mastadon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown channel 'mastadon'; did you mean 'mastodon'?", result.Stderr, StringComparison.Ordinal);
    }
}
