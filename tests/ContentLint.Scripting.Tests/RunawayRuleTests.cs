using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>
/// Runaway scripts end as one finding and the other rules' findings still appear. Behaviour only: how
/// long stopping takes is a figure for bench/ (a wall-clock assertion fails on a busy machine).
/// </summary>
public sealed class RunawayRuleTests
{
    private static readonly ScriptConfiguration Limits = new() { BudgetMs = 100, AllocationMb = 64 };

    [Theory]
    [InlineData("while (true) { }", "CL0034", "time budget (100 ms)")]
    [InlineData("int Down(int n) => Down(n + 1) + 1;\nReport(new TextSpan(0, 1), $\"{Down(0)}\");", "CL0034", "recursion limit")]
    [InlineData("throw new InvalidOperationException(\"boom\");", "CL0030", "InvalidOperationException: boom")]
    [InlineData("var ok = Regex.IsMatch(new string('a', 40) + \"!\", @\"^(a+)+$\");", "CL0034", "time budget in a regular expression")]
    [InlineData("static readonly Regex Evil = new(@\"^(\\w+\\s?)*$\");\nEvil.IsMatch(new string('a', 40) + \"!\");", "CL0034", "regular expression")]
    [InlineData("var n = 0;\ntry { while (true) { n++; } } catch (Exception) { }\nwhile (true) { n++; }", "CL0034", "time budget")]
    public void A_runaway_rule_ends_as_a_finding_and_others_still_report(string body, string ruleId, string fragment)
    {
        using var harness = new ScriptHarness();
        var script = ScriptHarness.Script(body);
        var post = ScriptHarness.Post("A post with secret words.");

        var loaded = harness.Load(script, Limits);

        var result = harness.Lint(loaded, post, Limits, new WordRule("secret"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == ruleId);
        Assert.Contains(fragment, finding.Message, StringComparison.Ordinal);
        Assert.Contains("TEST100", finding.Message, StringComparison.Ordinal);
        Assert.Contains("'post'", finding.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == WordRule.Rule.Id);
    }

    [Fact]
    public void An_allocation_loop_ends_on_the_allocation_budget()
    {
        // Fresh memory is slow to touch here (about 3 ms per MB), so the time budget is raised to let the allocation budget trip first.
        using var harness = new ScriptHarness();
        var script = ScriptHarness.Script("var keep = new List<string>();\nwhile (true) { keep.Add(new string('x', 100_000)); }");

        var result = harness.Lint(script, ScriptHarness.Post("A post with secret words."), new ScriptConfiguration { BudgetMs = 5000, AllocationMb = 16 }, new WordRule("secret"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == "CL0034");
        Assert.Contains("allocation budget (16 MB)", finding.Message, StringComparison.Ordinal);
        Assert.Contains(result.Findings, f => f.RuleId == WordRule.Rule.Id);
    }

    [Fact]
    public void A_rule_over_budget_is_reported_once_and_disabled_for_the_rest_of_the_run()
    {
        // The "fast" post must finish within the budget even on a loaded machine: a budget far above its cost.
        var limits = Limits with { BudgetMs = 2000 };
        using var harness = new ScriptHarness();
        var loaded = harness.Load(ScriptHarness.Script("if (Post.Id != \"fast\") while (true) { }\nReport(new TextSpan(0, 1), \"ran\");"), limits);
        var linter = new ContentLint.Core.Engine.Linter(LintConfiguration.CreateDefault(Path.GetTempPath()) with { Scripts = limits }, [loaded.Rule!]);

        var first = linter.Lint(new ContentLint.Core.Documents.SourceDocument("a.md", ScriptHarness.Post("one")));
        var second = linter.Lint(new ContentLint.Core.Documents.SourceDocument("fast.md", ScriptHarness.Post("two")));
        var again = linter.Lint(new ContentLint.Core.Documents.SourceDocument("a.md", ScriptHarness.Post("one")));

        Assert.Equal(ScriptRules.RuleOverBudget, Assert.Single(first.Findings).Rule);
        Assert.Empty(second.Findings);
        Assert.Equal(ScriptRules.RuleOverBudget, Assert.Single(again.Findings).Rule);
        ((IDisposable)loaded.Rule!).Dispose();
    }
}
