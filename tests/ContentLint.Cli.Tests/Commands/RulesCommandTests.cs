using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

public sealed class RulesCommandTests
{
    [Fact]
    public void List_shows_every_rule_with_category_and_default_severity()
    {
        var result = ContentLintProcess.Run(RepoPaths.Root, "rules", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Engine (engine)", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"CL0001  invalid-yaml\s+error\s+The YAML of a calendar or front matter must parse\.", result.Stdout);
        Assert.Matches(@"CL1001  unknown-channel\s+error", result.Stdout);
    }

    [Fact]
    public void Explain_accepts_an_id_or_a_name()
    {
        var byId = ContentLintProcess.Run(RepoPaths.Root, "rules", "explain", "CL0011");
        var byName = ContentLintProcess.Run(RepoPaths.Root, "rules", "explain", "unused-suppression");

        Assert.Equal(0, byId.ExitCode);
        Assert.Equal(byId.Stdout, byName.Stdout);
        Assert.StartsWith("CL0011 unused-suppression: Suppressions must suppress something.", byId.Stdout, StringComparison.Ordinal);
        Assert.Contains("Documentation: https://contentlint.dev/rules/CL0011", byId.Stdout, StringComparison.Ordinal);
        Assert.Contains("<!-- contentlint-disable-next-line CL0011 -- reason -->", byId.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_an_unknown_rule_suggests_the_closest()
    {
        var result = ContentLintProcess.Run(RepoPaths.Root, "rules", "explain", "CL101");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no rule 'CL101'; did you mean", result.Stderr, StringComparison.Ordinal);
    }
}
