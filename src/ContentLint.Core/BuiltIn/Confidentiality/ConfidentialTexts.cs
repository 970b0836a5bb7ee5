using ContentLint.Core.Documents;

namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>
/// The texts of a post that confidentiality rules read: every part, every channel variant, and the
/// title, image alternative text and content warning — a leak in a title is published too.
/// </summary>
internal static class ConfidentialTexts
{
    public static IEnumerable<MappedText> Of(Post post)
    {
        foreach (var text in post.AllTexts)
        {
            yield return text;
        }

        foreach (var field in new[] { post.Title, post.AltText, post.ContentWarning })
        {
            if (field is not null)
            {
                yield return field;
            }
        }
    }
}
