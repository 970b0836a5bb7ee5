using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Counting;

/// <summary>
/// Platforms publish a post without its trailing line breaks: a block scalar's final break
/// (<c>|</c>, <c>&gt;</c>, <c>|+</c>) or an escaped <c>\n</c> is not counted, in <c>check</c> and
/// <c>count</c> alike, and the positions of findings do not move.
/// </summary>
public sealed class TrailingLineBreakCountTests : IDisposable
{
    private static readonly string Text280 = new('a', 280);

    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("|")]
    [InlineData(">")]
    [InlineData("|+")]
    [InlineData(">+")]
    public void A_280_character_block_scalar_is_280_on_x_everywhere(string indicator)
    {
        _repo.Write("c.posts.yaml", $"posts:\n  - id: one\n    channel: x\n    text: {indicator}\n      {Text280}\n\n\n  - id: two\n    channel: x\n    text: \"{Text280}\\n\"\n");

        var check = _repo.Check("c.posts.yaml");
        var count = ContentLintProcess.Run(_repo.Root, "count", "c.posts.yaml");

        Assert.DoesNotContain("CL1002", check.Stdout, StringComparison.Ordinal);
        Assert.True(count.ExitCode == 0, count.ToString());
        Assert.Contains("one: x: 280/280", count.Stdout, StringComparison.Ordinal);
        Assert.Contains("two: x: 280/280", count.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_over_long_block_scalar_is_reported_at_the_same_place()
    {
        _repo.Write("c.posts.yaml", $"posts:\n  - id: one\n    channel: x\n    text: |\n      {Text280}b\n");

        var check = _repo.Check("c.posts.yaml");

        Assert.Contains("c.posts.yaml(5,287): error CL1002: Too long for X: 281/280 (X weighted length (twitter-text v3)), 1 over", check.Stdout, StringComparison.Ordinal);
    }
}
