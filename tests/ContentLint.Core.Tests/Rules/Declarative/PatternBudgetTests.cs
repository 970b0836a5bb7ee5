using System.Text.RegularExpressions;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Rules.Declarative;

/// <summary>Declarative patterns are linear in the text but not in the pattern: counted repetitions are limited at load, matching is timed.</summary>
public sealed class PatternBudgetTests
{
    private const string Header = "id: ACME001\nname: test-rule\ntitle: A test rule.\ncategory: brand-voice\nseverity: warning\nmessage: \"Found '{match}'\"\n";

    [Theory]
    [InlineData(".*a.{8000}c")]
    [InlineData("[ab]*a[ab]{5000}c")]
    [InlineData("(x.{100}){20}")]
    [InlineData(".{600}b.{600}")]
    public void Patterns_that_unroll_to_too_many_states_are_CL0051_at_the_pattern(string pattern)
    {
        var text = Header + $"kind: existence\npattern: '{pattern}'\n";

        var (rule, problems) = DeclarativeRuleParser.Parse(new SourceDocument("rule.yaml", text));

        Assert.Null(rule);
        var problem = Assert.Single(problems);
        Assert.Equal(RuleFileRules.UnsupportedPattern, problem.Rule);
        Assert.Equal($"'{pattern}'", text.Substring(problem.Span.Start, problem.Span.Length));
        Assert.Contains("more than 1000", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"\b\w{2,6}\b")]
    [InlineData(@"#[\p{L}\d_]{1,280}")]
    [InlineData(@"[{}]{3}(a|b){2,}\{5000\}")]
    public void Ordinary_counts_and_escaped_braces_pass(string pattern) => Assert.Null(PatternLimits.Check(pattern));

    [Fact]
    public void A_pattern_over_its_time_on_a_1_MB_post_is_CL0034_for_that_post_and_the_other_rules_still_report()
    {
        // Under the load-time limit, yet ~1,000 states per character of a 1 MB post: stopped by the match timeout.
        var (definition, problems) = DeclarativeRuleParser.Parse(new SourceDocument("rule.yaml", Header + "kind: existence\npattern: '.*a.{999}c'\n"));
        Assert.Empty(problems);
        // The parsed rule's regex with a 1 ms timeout instead of the real 1 s: matching 1 MB takes far longer
        // than 1 ms on any machine, while whether it takes over 1 s depends on the machine (a quiet one is faster).
        definition = definition! with { Pattern = TextPattern.FromRegex(new Regex(".*a.{999}c", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(1))) };
        var post = "---\nchannel: linkedin\n---\ntarget " + string.Concat(Enumerable.Repeat("ab ", 350_000)) + "\n";
        var linter = new Linter(Lint.DefaultConfig, BuiltInRules.Create().Append(new DeclarativeRule(definition!)).Append(new WordRule("target")));

        var findings = linter.Lint(new SourceDocument("post.md", post)).Findings;

        var overBudget = Assert.Single(findings, f => f.Rule.Id == ScriptRules.RuleOverBudget.Id);
        Assert.Contains("ACME001", overBudget.Message, StringComparison.Ordinal);
        Assert.Contains("pattern time budget", overBudget.Message, StringComparison.Ordinal);
        Assert.Equal(0, overBudget.Span.Start);
        Assert.Single(findings, f => f.Rule == WordRule.Rule);
    }
}
