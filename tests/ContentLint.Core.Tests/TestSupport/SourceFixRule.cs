using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.TestSupport;

/// <summary>Reports once per post at the start of the file with a fixed source edit (to test fix safety).</summary>
internal sealed class SourceFixRule(string id, TextEdit edit) : PostRule
{
    public override RuleDescriptor Descriptor { get; } = new(id, "test-" + id.ToLowerInvariant(), "Test.", RuleCategory.Custom, Severity.Warning, "Fix me", "Test.");

    public override void Check(PostRuleContext context)
    {
        if (!context.Document.Source.Text.Contains(edit.NewText, StringComparison.Ordinal))
        {
            context.Report(new TextSpan(0, 0), new CodeFix("Test fix", [edit]));
        }
    }
}
