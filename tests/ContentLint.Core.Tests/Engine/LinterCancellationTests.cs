using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Engine;

/// <summary>
/// A check that is no longer wanted (the editor replaced or closed the document) stops inside the
/// rule that is running, at its next finding, and in the suppression pass, not only between rules.
/// </summary>
public sealed class LinterCancellationTests
{
    [Fact]
    public void A_rule_stops_at_its_first_finding_after_the_cancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var rule = new CancellingRule(cancellation);
        var linter = new Linter(Lint.DefaultConfig, [rule]);

        Assert.ThrowsAny<OperationCanceledException>(() => linter.Analyze(new SourceDocument("a.md", "---\nchannel: x\n---\nHello\n"), cancellation.Token));
        Assert.Equal(1, rule.Reports);
    }

    [Fact]
    public void The_suppression_pass_of_a_cancelled_check_stops()
    {
        var linter = new Linter(Lint.DefaultConfig, [new WordRule("secret")]);
        var analysis = linter.Analyze(new SourceDocument("a.md", "---\nchannel: x\n---\nsecret secret secret\n"));
        Assert.NotEmpty(analysis.Diagnostics);

        Assert.ThrowsAny<OperationCanceledException>(() => linter.Finish(analysis, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_check_that_is_not_cancelled_reports_everything()
    {
        using var cancellation = new CancellationTokenSource();
        var linter = new Linter(Lint.DefaultConfig, [new WordRule("secret")]);

        var result = linter.Lint(new SourceDocument("a.md", "---\nchannel: x\n---\nsecret secret secret\n"), cancellation.Token);

        Assert.Equal(3, result.Findings.Count(f => f.Rule == WordRule.Rule));
    }

    /// <summary>Cancels the check, then tries to report three findings.</summary>
    private sealed class CancellingRule(CancellationTokenSource cancellation) : PostRule
    {
        public static readonly RuleDescriptor Rule = new("TEST010", "test-cancel", "Cancels.", RuleCategory.Custom, Severity.Warning, "Reported", "Test rule.");

        public int Reports { get; private set; }

        public override RuleDescriptor Descriptor => Rule;

        public override void Check(PostRuleContext context)
        {
            cancellation.Cancel();
            for (var i = 0; i < 3; i++)
            {
                Reports++;
                context.Report(context.Post.Span, null);
            }
        }
    }
}
