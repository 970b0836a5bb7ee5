using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Scripting.Tests.TestSupport;

/// <summary>A compiled rule that reports a word, to show other rules still report beside a failing script.</summary>
internal sealed class WordRule(string word) : PostRule
{
    public static readonly RuleDescriptor Rule = new("TEST001", "test-word", "Test word.", RuleCategory.Custom, Severity.Warning, "Found '{word}'", "Test rule.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(PostRuleContext context)
    {
        foreach (var text in context.Post.AllTexts)
        {
            var at = text.Text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0)
            {
                context.Report(text, new ContentLint.Core.Text.TextSpan(at, word.Length), null, ("word", word));
            }
        }
    }
}
