using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Engine;

public sealed class LinterTests
{
    [Fact]
    public void A_rule_that_throws_becomes_a_finding_and_the_others_still_report()
    {
        var result = Lint.Text("a.md", "---\nchannel: x\n---\nsecret\n", null, new ThrowingRule(), new WordRule("secret"));

        var crash = Assert.Single(result.Findings, f => f.Rule == ExecutionRules.RuleCrashed);
        Assert.Equal("Rule TEST002 failed on post 'a' and was skipped for it: InvalidOperationException: boom", crash.Message);
        Assert.Contains(result.Findings, f => f.Rule == WordRule.Rule);
    }

    [Fact]
    public void Findings_are_sorted_by_position_then_rule()
    {
        var result = Lint.Text("a.md", "---\nchannel: nope\nfoo: 1\n---\nsecret\n", null, new WordRule("secret"));

        Assert.Equal(["CL1001", "CL0009", "TEST001"], result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Unknown_channels_get_a_suggestion_and_a_fix()
    {
        const string text = "---\nchannels: [linkedn, twitter]\n---\nHello\n";

        var result = Lint.Text("a.md", text);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("CL1001", finding.RuleId);
        Assert.Equal("Unknown channel 'linkedn'; did you mean 'linkedin'?", finding.Message);
        Assert.Equal("2:12", finding.At());
        Assert.Equal("linkedin", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    [Fact]
    public void Empty_and_unsupported_files_are_reported()
    {
        Assert.Equal(ParseRules.EmptyFile, Assert.Single(Lint.Text("a.md", " \n").Findings).Rule);
        Assert.Equal(ParseRules.UnsupportedFile, Assert.Single(Lint.Text("a.txt", "hello").Findings).Rule);
    }
}
