using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>The primary language of a post's <c>lang:</c> (<c>fr-CA</c> → <c>fr</c>), for checks that differ by language.</summary>
public static class PostLanguage
{
    /// <summary>The lower-case primary subtag, or null when the post declares none.</summary>
    public static string? Primary(Post post)
    {
        if (post.Lang?.Value is not { Length: > 0 } lang)
        {
            return null;
        }

        var end = lang.AsSpan().IndexOfAny('-', '_');
        return (end < 0 ? lang : lang[..end]).Trim().ToLowerInvariant();
    }

    /// <summary>True for <c>lang: fr</c> and its regional variants.</summary>
    public static bool IsFrench(Post post) => Primary(post) == "fr";
}
