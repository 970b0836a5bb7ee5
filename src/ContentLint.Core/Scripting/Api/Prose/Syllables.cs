using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// Syllables of a written word, by vowel groups, per language. Heuristics, right for most words:
/// English drops a silent final <c>e</c>, <c>es</c>, <c>ed</c> (<c>make</c> 1, <c>wanted</c> 2); French
/// drops a mute final <c>e</c>/<c>es</c> after a consonant (<c>table</c> 1, <c>journée</c> 2) and
/// counts a diaeresis as a new syllable (<c>naïf</c> 2); <c>-ent</c> verb endings are not recognised.
/// </summary>
public static partial class Syllables
{
    private const string FrenchVowels = "aeiouyàâäéèêëîïôöùûüÿœæ";

    /// <summary>Syllables of <paramref name="word"/> in <paramref name="lang"/> (<c>fr</c>, else English rules); at least 1.</summary>
    public static int Count(string word, string? lang) => lang == "fr" ? French(word) : English(word);

    private static int English(string word)
    {
        var w = new string([.. word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z')]);
        if (w.Length <= 3)
        {
            return 1;
        }

        w = SilentEnding().Replace(w, string.Empty);
        w = w.StartsWith('y') ? w[1..] : w;
        return Math.Max(1, EnglishGroup().Count(w));
    }

    private static int French(string word)
    {
        var w = word.ToLowerInvariant();
        var count = 0;
        var inGroup = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = FrenchVowels.Contains(w[i]);
            if (vowel && (!inGroup || w[i] is 'ï' or 'ü' or 'ë'))
            {
                count++;
            }

            inGroup = vowel;
        }

        var muteE = w.EndsWith('e') ? 1 : w.EndsWith("es", StringComparison.Ordinal) ? 2 : 0;
        if (muteE > 0 && count > 1 && w.Length > muteE && !FrenchVowels.Contains(w[^(muteE + 1)]))
        {
            count--;
        }

        return Math.Max(1, count);
    }

    [GeneratedRegex("(?:[^laeiouy]es|[^td]ed|[^laeiouy]e)$", RegexOptions.CultureInvariant)]
    private static partial Regex SilentEnding();

    [GeneratedRegex("[aeiouy]{1,2}", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishGroup();
}
