using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules.Declarative;

namespace ContentLint.Core.Tests.Rules.Declarative;

public sealed class DeclarativeRuleParserTests
{
    private const string Header = "id: ACME001\nname: test-rule\ntitle: A test rule.\ncategory: brand-voice\nseverity: warning\nmessage: \"Found '{match}'\"\n";

    private static (DeclarativeRuleDefinition? Rule, IReadOnlyList<ContentLint.Core.Diagnostics.Diagnostic> Problems, string Text) Parse(string body)
    {
        var text = Header + body;
        var (rule, problems) = DeclarativeRuleParser.Parse(new SourceDocument("rule.yaml", text));
        return (rule, problems, text);
    }

    [Fact]
    public void A_valid_existence_rule_is_read()
    {
        var (rule, problems, _) = Parse("kind: existence\nterms: [Aurora, Borealis]\nscope: first-line\nfilters: {channels: [linkedin], types: [promo], langs: [fr]}\n");

        Assert.Empty(problems);
        Assert.Equal(DeclarativeKind.Existence, rule!.Kind);
        Assert.Equal(RuleScope.FirstLine, rule.Scope);
        Assert.Equal("ACME001", rule.Descriptor.Id);
        Assert.Equal([PostType.Promo], rule.Filters.Types.ToArray());
    }

    [Fact]
    public void A_pattern_the_linear_engine_cannot_run_is_an_error_at_the_pattern()
    {
        var (rule, problems, text) = Parse("kind: existence\npattern: '(?<=prix )\\d+'\n");

        Assert.Null(rule);
        var problem = Assert.Single(problems);
        Assert.Equal(RuleFileRules.UnsupportedPattern, problem.Rule);
        Assert.Equal("'(?<=prix )\\d+'", text.Substring(problem.Span.Start, problem.Span.Length));
    }

    [Theory]
    [InlineData("kind: existance\nterms: [a]", "expected one of existence, substitution, occurrence, conditional, ratio, found 'existance'; did you mean 'existence'?")]
    [InlineData("kind: existence", "give 'terms' (a list) or 'pattern'")]
    [InlineData("kind: existence\nterms: [a]\npattern: b", "give 'terms' (a list) or 'pattern'")]
    [InlineData("kind: occurrence\nterms: [a]", "needs 'min', 'max' or both")]
    [InlineData("kind: substitution\nswap: []", "needs 'swap'")]
    [InlineData("kind: conditional\nif: {terms: [a]}", "needs 'then'")]
    [InlineData("kind: ratio\nmatch: {types: [promo]}\nmax: 1.5", "expected a number from 0 to 1")]
    [InlineData("kind: existence\npattern: '(unclosed'", "not a valid regular expression")]
    public void Wrong_fields_are_reported(string body, string expected)
    {
        var (rule, problems, _) = Parse(body);

        Assert.Null(rule);
        Assert.Contains(problems, p => p.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_header_fields_and_bad_ids_are_reported()
    {
        var (rule, problems) = DeclarativeRuleParser.Parse(new SourceDocument("r.yaml", "id: CL4001\nname: Bad Name\ncategory: confidentiality\nkind: existence\nterms: [a]\n"));

        Assert.Null(rule);
        Assert.Contains(problems, p => p.Message.Contains("missing 'title'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("must be kebab-case", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("CL4001 is outside the confidentiality range (CL2xxx)", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_a_suggestion()
    {
        var (rule, problems, _) = Parse("kind: existence\nterms: [a]\ncaseSensitve: true\n");

        Assert.NotNull(rule);
        var problem = Assert.Single(problems);
        Assert.Equal("Unknown key 'caseSensitve' in rule file; did you mean 'caseSensitive'?", problem.Message);
    }
}
