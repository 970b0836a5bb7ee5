using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void A_simple_script_reports()
    {
        using var harness = new ScriptHarness();
        var script = ScriptHarness.Script("""
            static readonly Regex Competitor = new(@"\bAcme\b");
            foreach (Match m in Competitor.Matches(Text))
            {
                Report(new TextSpan(m.Index, m.Length), ("name", m.Value));
            }
            """, message: "Mention of competitor '{name}'");

        var result = harness.Lint(script, ScriptHarness.Post("We beat Acme today."));

        var finding = Assert.Single(result.Findings, f => f.RuleId == "TEST100");
        Assert.Equal("Mention of competitor 'Acme'", finding.Message);
        Assert.Equal("4:9", finding.Position.Start.ToString());
    }
}
