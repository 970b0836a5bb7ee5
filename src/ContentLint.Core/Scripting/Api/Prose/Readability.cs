namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// Reading-ease scores: Flesch for English (206.835 − 1.015 × words per sentence − 84.6 × syllables
/// per word) and Kandel–Moles, its French adaptation (207 − 1.015 × words per sentence − 73.6 ×
/// syllables per word). Higher is easier: 60–70 is plain language, below 30 is very difficult.
/// </summary>
public static class Readability
{
    /// <summary>The formula's name for <paramref name="lang"/>, or null when the language has none.</summary>
    public static string? Formula(string? lang) => lang switch
    {
        "en" => "Flesch",
        "fr" => "Kandel–Moles",
        _ => null,
    };

    /// <summary>The score of sentences given as their words, in <paramref name="lang"/> (<c>en</c> or <c>fr</c>).</summary>
    public static double Score(IReadOnlyList<IReadOnlyList<string>> sentences, string lang)
    {
        var words = sentences.Sum(s => s.Count);
        var syllables = sentences.Sum(s => s.Sum(w => Syllables.Count(w, lang)));
        var perSentence = (double)words / sentences.Count;
        var perWord = (double)syllables / words;
        return lang == "fr"
            ? 207 - (1.015 * perSentence) - (73.6 * perWord)
            : 206.835 - (1.015 * perSentence) - (84.6 * perWord);
    }
}
