using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting;
using ContentLint.Core.Text;
using ContentLint.Pack;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>Scripts at each level (<c>level: post</c>, <c>level: run</c>) compile, see what their level promises, report and fix.</summary>
public sealed class ScriptLevelTests
{
    private const string PostLevel = "level: post\n";

    [Fact]
    public void A_post_level_script_sees_the_whole_post_and_the_policy_and_reports_at_a_field_with_a_fix()
    {
        using var harness = new ScriptHarness();
        var script = ScriptHarness.Script(
            """
            if (Post.Type is { } type && type.Value == PostType.Dialogue && Policy.ConfidentialTerms.Length == 0 && IsOwnField("type"))
                ReportAt(type.Span, FileFix("Declare 'type: promo'", type.Span, "promo"), ("message", $"{Post.Parts.Length} part(s) on {Post.Channels[0].Value}"));
            """,
            extraHeader: PostLevel);

        var result = harness.Lint(script, ScriptHarness.Post("Hello.", extra: "type: dialogue\n"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == "TEST100");
        Assert.Equal("1 part(s) on linkedin", finding.Message);
        Assert.Equal("Declare 'type: promo'", Assert.Single(finding.Fixes).Title);
        Assert.Equal("dialogue", ScriptHarness.Post("Hello.", extra: "type: dialogue\n").Substring(finding.Span.Start, finding.Span.Length));
    }

    [Fact]
    public void A_post_level_script_reports_in_a_text_with_a_text_fix_mapped_to_the_file()
    {
        using var harness = new ScriptHarness();
        var script = ScriptHarness.Script(
            """
            foreach (var text in Post.AllTexts)
            {
                var at = text.Text.IndexOf("colour", StringComparison.Ordinal);
                if (at >= 0)
                    Report(text, new TextSpan(at, 6), Fix(new TextSpan(at, 6), "color"), ("message", Say("spelling", "orthographe")));
            }
            """,
            extraHeader: PostLevel);
        var post = ScriptHarness.Post("A nice colour.");

        var result = harness.Lint(script, post);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "TEST100");
        Assert.Equal("spelling", finding.Message);
        Assert.Equal("colour", post.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Equal("color", Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    [Fact]
    public void A_run_level_script_sees_every_post_and_reports_on_one()
    {
        using var harness = new ScriptHarness();
        var loaded = harness.Load(ScriptHarness.Script(
            """
            var posts = Documents.SelectMany(d => d.Posts.Select(p => (Document: d, Post: p))).ToList();
            var last = posts[^1];
            Report(last.Document, last.Post, HeaderSpan(last.Post, last.Document), ("message", $"{posts.Count} posts"));
            """,
            extraHeader: "level: run\n"));
        Assert.True(loaded.BatchRule is not null, string.Join("\n", loaded.Diagnostics.Select(d => d.Message)));
        var config = LintConfiguration.CreateDefault(Path.GetTempPath()) with { Scripts = new ScriptConfiguration { BudgetMs = 10_000 } };
        var linter = new Linter(config, BuiltInRules.Create(), [.. BuiltInRules.CreateBatch(), loaded.BatchRule]);
        var calendar = "posts:\n  - id: one\n    channel: x\n    text: One.\n  - id: two\n    channel: x\n    text: Two.\n";

        var analyses = linter.RunBatch([linter.Analyze(new SourceDocument("week.posts.yaml", calendar))]);

        var finding = Assert.Single(linter.Finish(Assert.Single(analyses)).Findings, f => f.RuleId == "TEST100");
        Assert.Equal("2 posts", finding.Message);
        Assert.Equal("two", finding.PostId);
        ((IDisposable)loaded.BatchRule).Dispose();
    }

    [Fact]
    public void Typed_options_reach_the_script_typed()
    {
        using var harness = new ScriptHarness();
        var script = ScriptHarness.Script(
            """
            var max = Options.GetInt("maxWords");
            var share = Options.GetNumberFor("maxShare", Channel ?? "", Options.GetDouble("defaultShare"));
            Report(new TextSpan(0, 1), $"{max} {share} {Options.GetList("units").Count}");
            """,
            extraHeader: """
            options:
              maxWords: {type: integer, default: 30, min: 1, max: 200, doc: Longest sentence in words.}
              maxShare: {type: map, default: {linkedin: 0.05, x: 0.1}, min: 0, max: 1, doc: Share per channel.}
              defaultShare: {type: number, default: 0.2, doc: Share elsewhere.}
              units: {type: list, default: [km, kg], doc: Units.}

            """);

        var result = harness.Lint(script, ScriptHarness.Post("Hello."));

        Assert.Equal("30 0.05 2", Assert.Single(result.Findings, f => f.RuleId == "TEST100").Message);
    }
}
