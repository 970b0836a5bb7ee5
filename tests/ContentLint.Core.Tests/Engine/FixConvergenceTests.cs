using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Core.Text;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Engine;

/// <summary>Fixes that never settle are found, left unapplied and reported once (CL0053); the other fixes still apply.</summary>
public sealed class FixConvergenceTests
{
    [Fact]
    public void Fixes_that_undo_each_other_are_reported_once_and_not_applied_while_other_fixes_are()
    {
        var linter = new Linter(Lint.DefaultConfig, BuiltInRules.Create().Append(new RewriteRule("TEST020", ("aaaa", "bbbb"), ("bbbb", "aaaa"))));
        var document = new SourceDocument("a.md", "---\nchannel: linkedn\n---\nSay aaaa here.\n");

        var outcome = FixSession.Run(linter, document, linter.Lint(document));

        Assert.Equal("---\nchannel: linkedin\n---\nSay aaaa here.\n", outcome.Document.Text);
        Assert.Equal(1, outcome.Applied);
        var problem = Assert.Single(outcome.Problems);
        Assert.Equal(RuleFileRules.SelfUndoingFixes, problem.Rule);
        Assert.Contains("The fixes of TEST020 undo each other", problem.Message, StringComparison.Ordinal);
        Assert.Equal("aaaa", outcome.Document.Text.Substring(problem.Span.Start, problem.Span.Length));
        Assert.Single(outcome.Result.Findings, f => f.RuleId == "CL0053");
    }

    [Fact]
    public void A_second_session_on_the_result_changes_nothing_and_reports_the_same_once()
    {
        var linter = new Linter(Lint.DefaultConfig, BuiltInRules.Create().Append(new RewriteRule("TEST020", ("aaaa", "bbbb"), ("bbbb", "aaaa"))));
        var document = new SourceDocument("a.md", "---\nchannel: linkedin\n---\naaaa and bbbb.\n");

        var first = FixSession.Run(linter, document, linter.Lint(document));
        var second = FixSession.Run(linter, first.Document, linter.Lint(first.Document));

        Assert.Equal(document.Text, first.Document.Text);
        Assert.Equal(document.Text, second.Document.Text);
        Assert.Equal(0, second.Applied);
        Assert.Single(second.Problems);
    }

    [Fact]
    public void A_fix_that_keeps_growing_the_text_is_reported_and_not_applied()
    {
        var linter = new Linter(Lint.DefaultConfig, BuiltInRules.Create().Append(new RewriteRule("TEST021", ("grow", "grow grow"))));
        var document = new SourceDocument("a.md", "---\nchannel: linkedin\n---\nWe grow.\n");

        var outcome = FixSession.Run(linter, document, linter.Lint(document));

        Assert.Equal(document.Text, outcome.Document.Text);
        Assert.Equal(0, outcome.Applied);
        Assert.Contains("TEST021 still rewrote the text after 10 passes", Assert.Single(outcome.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_of_fixes_that_settles_is_not_reported()
    {
        var linter = new Linter(Lint.DefaultConfig, BuiltInRules.Create().Append(new RewriteRule("TEST022", ("aaaa", "bbbb"), ("bbbb", "cccc"))));
        var document = new SourceDocument("a.md", "---\nchannel: linkedin\n---\naaaa.\n");

        var outcome = FixSession.Run(linter, document, linter.Lint(document));

        Assert.Equal("---\nchannel: linkedin\n---\ncccc.\n", outcome.Document.Text);
        Assert.Empty(outcome.Problems);
    }

    [Fact]
    public void Swap_pairs_that_undo_each_other_are_reported_where_they_are_and_the_other_pairs_load()
    {
        const string text = "id: ACME001\nname: swap\ntitle: A swap.\ncategory: brand-voice\nseverity: warning\nmessage: \"Use '{expected}'\"\nkind: substitution\nswap:\n  aaaa: bbbb\n  bbbb: aaaa\n  colour: color\n  Microsoft: Microsoft®\n  linkedin: LinkedIn\n";

        var (rule, problems) = DeclarativeRuleParser.Parse(new SourceDocument("rule.yaml", text));

        Assert.NotNull(rule);
        Assert.All(problems, p => Assert.Equal(RuleFileRules.SelfUndoingFixes, p.Rule));
        Assert.Equal(["aaaa", "bbbb", "Microsoft"], problems.Select(p => text.Substring(p.Span.Start, p.Span.Length)));
        Assert.Equal(["colour", "linkedin"], rule.Pattern!.Matches("colour linkedin aaaa bbbb Microsoft").Select(m => m.Text));
    }

    /// <summary>Rewrites words of the post's text with the given pairs (like a substitution rule, without load-time checks).</summary>
    private sealed class RewriteRule(string id, params (string Wrong, string Right)[] pairs) : PostRule
    {
        public override RuleDescriptor Descriptor { get; } = new(id, "test-" + id.ToLowerInvariant(), "Test.", RuleCategory.Custom, Severity.Warning, "Rewrite", "Test.");

        public override void Check(PostRuleContext context)
        {
            var text = context.Document.Source.Text;
            var body = text.IndexOf("---\n", 4, StringComparison.Ordinal) + 4;
            foreach (var (wrong, right) in pairs)
            {
                for (var at = text.IndexOf(wrong, body, StringComparison.Ordinal); at >= 0; at = text.IndexOf(wrong, at + wrong.Length, StringComparison.Ordinal))
                {
                    if (!text.AsSpan(at).StartsWith(right, StringComparison.Ordinal))
                    {
                        context.Report(new TextSpan(at, wrong.Length), new CodeFix("Rewrite", [new TextEdit(new TextSpan(at, wrong.Length), right)]));
                    }
                }
            }
        }
    }
}
