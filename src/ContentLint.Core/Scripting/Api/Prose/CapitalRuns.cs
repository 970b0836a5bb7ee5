using System.Text.RegularExpressions;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>Words written in capitals, grouped into runs of consecutive words on one line.</summary>
public static partial class CapitalRuns
{
    /// <summary>Runs of consecutive capitalised words in one sentence (only spaces and punctuation between them, no line break nor <c>. ! ? …</c>).</summary>
    public static IEnumerable<List<TextToken>> Find(string text, IReadOnlyList<TextToken> words)
    {
        var run = new List<TextToken>();
        foreach (var word in words)
        {
            if (!IsCapitals(word.Text))
            {
                if (run.Count > 0)
                {
                    yield return run;
                    run = [];
                }

                continue;
            }

            if (run.Count > 0 && !OnlyPunctuationBetween(text, run[^1].Span.End, word.Span.Start))
            {
                yield return run;
                run = [];
            }

            run.Add(word);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>
    /// True for a word with capitals, no lower-case letter and no digit (<c>MP3</c>, <c>RTX4090</c> are
    /// references); scripts without case (Arabic, Japanese) are never capitals.
    /// </summary>
    public static bool IsCapitals(string word) =>
        word.Any(char.IsUpper) && !word.Any(char.IsLower) && !word.Any(char.IsDigit);

    /// <summary>
    /// True for a word in capitals of three letters or more that is not an acronym: not listed, not a
    /// Roman numeral, and with a vowel (<c>HTML</c>, <c>CQFD</c>, <c>KPMG</c> cannot be read as words).
    /// Each part of a hyphenated word is judged.
    /// </summary>
    public static bool IsShouting(string word, IReadOnlySet<string> acronyms) =>
        IsCapitals(word) && word.Split('-', '\u2011').Any(part =>
            part.Count(char.IsUpper) >= 3 && !acronyms.Contains(part) && !RomanNumeral().IsMatch(part) && part.Any(IsVowel));

    /// <summary>
    /// True when the word at <paramref name="index"/> of <paramref name="words"/> stands right next to a
    /// capitalised word, with only spaces between: a surname the French way (<c>Pierre-André TERISSE</c>,
    /// <c>DUPONT Marie</c>) or a brand (<c>le Groupe ADEO</c>). A capital that only starts a sentence
    /// says nothing (<c>Profitez MAINTENANT</c>), unless every part of a compound has one (<c>Pierre-André</c>).
    /// </summary>
    public static bool StandsNextToName(string text, IReadOnlyList<TextToken> words, int index)
    {
        var word = words[index];
        if (index > 0 && IsName(words[index - 1].Text) && OnlySpaces(text, words[index - 1].Span.End, word.Span.Start))
        {
            var before = words[index - 1];
            return !SentenceCase.StartsSentence(text, before.Span.Start) || (before.Text.Contains('-') && before.Text.Split('-').All(IsName));
        }

        return index + 1 < words.Count && IsName(words[index + 1].Text) && OnlySpaces(text, word.Span.End, words[index + 1].Span.Start);
    }

    private static bool IsName(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Any(char.IsLower);

    private static bool OnlySpaces(string text, int start, int end) => text.AsSpan(start, end - start).Trim(' ').IsEmpty && end > start;

    private static bool IsVowel(char c) => "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸŒÆ".Contains(c);

    private static bool OnlyPunctuationBetween(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is '\n' or '\r' or '.' or '!' or '?' or '…' || char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex("^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
