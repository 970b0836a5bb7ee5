using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Core.Text;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Engine;

public sealed class FixSessionTests
{
    [Fact]
    public void A_fix_that_would_break_the_yaml_is_not_applied_but_safe_fixes_are()
    {
        const string text = "---\nchannel: linkedn\n---\nBody.\n";
        var breaking = new SourceFixRule("TEST010", new TextEdit(new TextSpan(4, 0), "bad: [\n"));
        var linter = new Linter(Lint.DefaultConfig, BuiltInRules.Create().Append(breaking));
        var document = new SourceDocument("a.md", text);

        var (fixedDocument, result, applied) = FixSession.Run(linter, document, linter.Lint(document));

        Assert.Equal("---\nchannel: linkedin\n---\nBody.\n", fixedDocument.Text);
        Assert.Equal(1, applied);
        Assert.Equal(["TEST010"], result.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Renaming_a_field_is_not_offered_when_the_name_is_taken()
    {
        var result = Lint.Text("cal.posts.yaml", "posts:\n  - id: a\n    chanel: x\n    channel: x\n    text: Hi\n");

        var finding = Assert.Single(result.Findings);
        Assert.Equal("CL0009", finding.RuleId);
        Assert.Empty(finding.Fixes);
    }
}
