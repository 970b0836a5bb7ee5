using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>The language a marker pattern is written in; a text is only searched with the patterns of its language.</summary>
public enum MarkerLanguage
{
    /// <summary>Not known: the patterns of every language run (and those of no language).</summary>
    Any,

    /// <summary>English.</summary>
    English,

    /// <summary>French.</summary>
    French,
}

/// <summary>Which marker patterns a text gets: from a declared language tag, or detected from its function words.</summary>
public static partial class MarkerLanguages
{
    /// <summary>
    /// <see cref="MarkerLanguage.English"/> for <c>en</c> and its regional forms, <see cref="MarkerLanguage.French"/> for
    /// <c>fr</c>; for another tag or none, null (the text's language is then detected, see <see cref="Detect"/>).
    /// </summary>
    public static MarkerLanguage? FromTag(string? tag) =>
        tag is null ? null
        : IsTag(tag, "en") ? MarkerLanguage.English
        : IsTag(tag, "fr") ? MarkerLanguage.French
        : null;

    /// <summary>
    /// The language of a folded text (lower case, no accents) from a vote of function words that the other language
    /// does not use: a side needs at least two and twice as many as the other; otherwise <see cref="MarkerLanguage.Any"/>.
    /// </summary>
    public static MarkerLanguage Detect(string folded)
    {
        var english = EnglishWords().Count(folded);
        var french = FrenchWords().Count(folded);
        return english >= 2 && english >= 2 * french ? MarkerLanguage.English
            : french >= 2 && french >= 2 * english ? MarkerLanguage.French
            : MarkerLanguage.Any;
    }

    private static bool IsTag(string tag, string lang) =>
        tag.Equals(lang, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(lang + "-", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(PromoPatterns.B + "(?:the|and|is|are|you|your|we|our|to|of|for|with|this|that|it|have|has|will|be|can|please|not|from|was|at)" + PromoPatterns.E)]
    private static partial Regex EnglishWords();

    [GeneratedRegex(PromoPatterns.B + "(?:le|la|les|des|du|est|et|vous|votre|vos|nous|notre|nos|pour|une|un|pas|que|qui|dans|sur|avec|je|tu|ce|cette|au|aux|sont|c'est|j'ai)" + PromoPatterns.E)]
    private static partial Regex FrenchWords();
}
