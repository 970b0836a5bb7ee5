
namespace ContentLint.Core.Documents;

/// <summary>The declared language of a post, compared the way rule filters compare it.</summary>
public static class Languages
{
    /// <summary>True when <paramref name="post"/> declares <paramref name="lang"/> or one of its regional forms (<c>fr</c> matches <c>fr-CA</c>); false without <c>lang:</c>.</summary>
    public static bool Is(Post post, string lang) =>
        post.Lang is { } declared
        && (declared.Value.Equals(lang, StringComparison.OrdinalIgnoreCase) || declared.Value.StartsWith(lang + "-", StringComparison.OrdinalIgnoreCase));
}
