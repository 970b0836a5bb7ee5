using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Pack;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>
/// A <c>level: run</c> script with a per-post step (<c>Collect</c>, <c>Keep</c>) and a run step over
/// <c>Facts</c>: it works from facts, both through the engine's two steps (what <c>check</c> and shards do)
/// and through the whole-run path (editors, case files), with the same findings; a script without
/// <c>Collect</c> does not work from facts.
/// </summary>
public sealed class RunLevelFactsTests
{
    private const string Calendar = "posts:\n  - id: one\n    channel: x\n    text: One.\n  - id: two\n    channel: x\n    text: Two.\n";

    private const string FactScript = """
        protected override void Collect(PostDocument document, Post post)
        {
            Keep(HeaderSpan(post, document), ("id", post.Id), ("short", post.Parts[0].Text.Length < 10), ("at", new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(1))));
        }

        var shortOnes = Facts.Where(f => f.Flag("short") && f.Date("at")!.Value.Offset == TimeSpan.FromHours(1)).ToList();
        Report(shortOnes[^1], ("message", $"{shortOnes.Count} short posts, last {shortOnes[^1].Text("id")}"));
        """;

    [Fact]
    public void A_script_with_a_per_post_step_reports_from_facts_in_both_paths_alike()
    {
        using var harness = new ScriptHarness();
        var loaded = harness.Load(ScriptHarness.Script(FactScript, extraHeader: "level: run\n"));
        Assert.True(loaded.BatchRule is not null, string.Join("\n", loaded.Diagnostics.Select(d => d.Message)));
        var config = LintConfiguration.CreateDefault(Path.GetTempPath()) with { Scripts = new ScriptConfiguration { BudgetMs = 10_000 } };
        var linter = new Linter(config, BuiltInRules.Create(), [loaded.BatchRule]);
        var source = new SourceDocument("week.posts.yaml", Calendar);

        var analysis = linter.Analyze(source);
        var diagnostics = new List<Diagnostic>(analysis.Diagnostics);
        var facts = linter.Collect(analysis.Document!, diagnostics);
        var decided = linter.Decide(facts);
        var wholeRun = linter.Finish(Assert.Single(linter.RunBatch([linter.Analyze(source)])));

        Assert.True(loaded.BatchRule.UsesFacts);
        Assert.Equal(["one", "two"], facts.Select(f => f.PostId));
        Assert.All(facts, f => Assert.Equal("week.posts.yaml", f.File));
        var (fact, diagnostic) = Assert.Single(decided);
        Assert.Equal("two", fact.PostId);
        Assert.Equal("2 short posts, last two", diagnostic.Message);
        var finding = Assert.Single(wholeRun.Findings, f => f.RuleId == "TEST100");
        Assert.Equal((diagnostic.Message, diagnostic.Span, "two"), (finding.Message, finding.Span, finding.PostId));
        Assert.Equal(source.Lines.GetPositionSpan(fact.At), fact.Position);
        ((IDisposable)loaded.BatchRule).Dispose();
    }

    [Fact]
    public void A_script_over_documents_does_not_work_from_facts()
    {
        using var harness = new ScriptHarness();
        var loaded = harness.Load(ScriptHarness.Script("var count = Documents.Count;", extraHeader: "level: run\n"));

        Assert.False(Assert.IsAssignableFrom<BatchRule>(loaded.BatchRule).UsesFacts);
        Assert.False(new Linter(LintConfiguration.CreateDefault(Path.GetTempPath()), [], [loaded.BatchRule!]).HasFactRules);
        ((IDisposable)loaded.BatchRule!).Dispose();
    }
}
