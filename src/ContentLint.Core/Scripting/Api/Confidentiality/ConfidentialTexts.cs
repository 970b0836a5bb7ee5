using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>
/// The texts of a post that confidentiality rules read: every part, every channel variant, and the
/// title, image alternative texts (the <c>alt:</c> field and each body image's) and content warning —
/// a leak in a title or an image description is published too. Each is
/// read the way the family reads code (<see cref="RuleCategory.Code"/>): as text, since platforms
/// publish backticks as plain characters, so the family's checks never skip a code span or block.
/// </summary>
public static class ConfidentialTexts
{
    /// <summary>The texts of <paramref name="post"/> a confidentiality rule reads, code spans and blocks included as text.</summary>
    public static IEnumerable<MappedText> Of(Post post) =>
        post.AllTexts.Concat(new[] { post.Title, post.AltText, post.ContentWarning }.OfType<MappedText>()).Concat(post.ImageDescriptions)
            .Select(text => text.ReadFor(RuleCategory.Confidentiality.Code));
}
