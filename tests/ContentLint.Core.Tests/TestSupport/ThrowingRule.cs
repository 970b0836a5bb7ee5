using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.TestSupport;

/// <summary>A rule that always throws, to check that a failing rule does not stop the others.</summary>
internal sealed class ThrowingRule : PostRule
{
    public static readonly RuleDescriptor Rule = new(
        "TEST002", "test-throws", "Test throws.", RuleCategory.Custom, Severity.Warning, "Never reported", "Test rule.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(PostRuleContext context) => throw new InvalidOperationException("boom");
}
