using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Counting;

/// <summary>
/// <c>count FILE</c> on a post file counts each post the way <c>check</c> does (front matter left
/// out, each part and variant on its channels, labelled with the post's ID); other text keeps the
/// whole-text count.
/// </summary>
public sealed class CountPostFileTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_markdown_post_is_counted_without_its_front_matter_as_check_counts_it()
    {
        _repo.Write("launch.md", $"---\nchannel: x\npersona: brand\ntype: dialogue\n---\n{new string('a', 281)}\n\n");

        var check = _repo.Check("launch.md");
        var count = ContentLintProcess.Run(_repo.Root, "count", "launch.md");

        Assert.Contains("281/280", check.Stdout, StringComparison.Ordinal);
        Assert.True(count.ExitCode == 1, count.ToString());
        Assert.Equal("launch: x: 281/280 (X weighted length (twitter-text v3)): 1 over\n", count.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_calendar_is_counted_post_by_post_with_parts_and_variants()
    {
        _repo.Write("week.posts.yaml", """
            posts:
              - id: hours
                channels: [x, mastodon]
                text: Open until 8pm.
                variants:
                  mastodon: Open until 8pm, see you!
              - id: tips
                channel: threads
                thread:
                  - One.
                  - Two!
            """);

        var count = ContentLintProcess.Run(_repo.Root, "count", "week.posts.yaml");

        Assert.True(count.ExitCode == 0, count.ToString());
        var lines = count.Stdout.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("hours: x: 15/280", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("hours (variant): mastodon: 24/500", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("tips (part 1): threads: 4/500", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("tips (part 2): threads: 4/500", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Channel_restricts_a_post_file_to_those_channels()
    {
        _repo.Write("both.md", "---\nchannels: [x, bluesky]\n---\nHello.\n");

        var count = ContentLintProcess.Run(_repo.Root, "count", "-C", "bluesky", "both.md");

        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.StartsWith("both: bluesky: 6/300", count.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("x:", count.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_markdown_file_that_is_not_a_post_is_counted_as_plain_text()
    {
        _repo.Write("README.md", "# Notes\n\nHello.\n");

        var count = ContentLintProcess.Run(_repo.Root, "count", "-C", "x", "README.md");

        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.Equal("x: 15/280 (X weighted length (twitter-text v3))\n", count.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Plain_text_without_a_channel_is_a_usage_error()
    {
        var count = ContentLintProcess.RunWithInput(_repo.Root, "Hello.\n", "count");

        Assert.Equal(2, count.ExitCode);
        Assert.Contains("--channel is required", count.Stderr, StringComparison.Ordinal);
    }
}
