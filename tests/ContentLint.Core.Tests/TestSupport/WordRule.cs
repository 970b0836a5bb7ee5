using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.TestSupport;

/// <summary>A test rule that reports every occurrence of a word in every text of a post, with a fix replacing it.</summary>
internal sealed class WordRule(string word, string? replacement = null) : PostRule
{
    public static readonly RuleDescriptor Rule = new(
        "TEST001", "test-word", "Test word.", RuleCategory.Custom, Severity.Warning, "Found '{word}'", "Test rule.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Check(PostRuleContext context)
    {
        foreach (var text in context.Post.AllTexts)
        {
            for (var at = text.Text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            {
                var span = new ContentLint.Core.Text.TextSpan(at, word.Length);
                var fix = replacement is null ? null : new TextReplacement(span, replacement, $"Replace with '{replacement}'");
                context.Report(text, span, fix, ("word", word));
            }
        }
    }
}
