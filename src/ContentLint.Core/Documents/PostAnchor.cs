using ContentLint.Core.Text;

namespace ContentLint.Core.Documents;

/// <summary>Where rules report what concerns a whole post rather than a word of it.</summary>
public static class PostAnchor
{
    /// <summary>The first line of the post: a Markdown post's opening <c>---</c>, a calendar entry's first field.</summary>
    public static TextSpan Header(Post post, PostDocument document)
    {
        var text = document.Source.Text;
        var start = Math.Min(post.Span.Start, text.Length);
        var end = start;
        while (end < post.Span.End && end < text.Length && text[end] is not ('\r' or '\n'))
        {
            end++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>True when <paramref name="key"/> is written in the post itself, not inherited from a calendar's <c>defaults:</c>.</summary>
    public static bool IsOwn(Post post, string key) => post.Fields.TryGetValue(key, out var field) && !field.IsInherited;
}
