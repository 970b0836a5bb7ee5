using ContentLint.Core.Documents;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Testing;
using ContentLint.Core.Text;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Testing;

public sealed class RuleCaseRunnerTests
{
    private const string Rule = "id: ACME001\nname: test-rule\ntitle: T.\ncategory: brand-voice\nseverity: warning\nkind: existence\nmessage: \"Found '{match}'\"\nterms: [secret]\n";

    private static RuleCaseResult Run(string post, string? expect = null)
    {
        var (rule, _, _) = DeclarativeRuleLoader.Load(new SourceDocument("rule.yaml", Rule));
        var caseText = $"rule: ACME001\ncases:\n  - name: c\n    post: |\n{string.Join('\n', post.Split('\n').Select(l => "      " + l))}\n" + (expect is null ? string.Empty : $"    expect:\n      0: \"{expect}\"\n");
        var file = RuleCaseFileParser.Parse(new SourceDocument(Path.Combine(Path.GetTempPath(), "x.cases.yaml"), caseText));
        return new RuleCaseRunner(BuiltInRules.Shipped, [rule!], []).Run(file, file.Cases[0]);
    }

    [Fact]
    public void Exact_markup_passes()
    {
        Assert.True(Run("---\nchannel: x\n---\nA [|secret|] here.").Passed);
    }

    [Fact]
    public void A_missing_marker_fails_with_the_actual_findings_rendered()
    {
        var result = Run("---\nchannel: x\n---\nA secret here.");

        Assert.False(result.Passed);
        Assert.Contains("actual:", result.Report, StringComparison.Ordinal);
        Assert.Contains("A [|secret|] here.", result.Report, StringComparison.Ordinal);
        Assert.Contains("unexpected: ACME001 at 4:3", result.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_marker_where_nothing_is_reported_fails()
    {
        var result = Run("---\nchannel: x\n---\n[|A|] secret here.".Replace("secret", "[|secret|]", StringComparison.Ordinal));

        Assert.False(result.Passed);
        Assert.Contains("missing: ACME001 at 4:1 (length 1)", result.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_message_fails()
    {
        var result = Run("---\nchannel: x\n---\nA {|#0:secret|} here.", expect: "Found something else");

        Assert.False(result.Passed);
        Assert.Contains("message #0: expected \\\"Found something else\\\"", result.Report.Replace("\"", "\\\"", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_errors_are_always_compared()
    {
        var result = Run("---\nchannel: x\nbad: [\n---\nA secret here.");

        Assert.False(result.Passed);
        Assert.Contains("unexpected: CL0001", result.Report, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_parser_reads_named_and_numbered_markers()
    {
        var (text, expected) = MarkupParser.Parse("a [|b|] {|CL1001:c|} {|#2:d|} [||]e");

        Assert.Equal("a b c d e", text);
        Assert.Equal(
            [new ExpectedFinding(null, new TextSpan(2, 1), null), new ExpectedFinding("CL1001", new TextSpan(4, 1), null), new ExpectedFinding(null, new TextSpan(6, 1), 2), new ExpectedFinding(null, new TextSpan(8, 0), null)],
            expected.ToArray());
    }
}
