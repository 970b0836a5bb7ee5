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

    /// <summary>Most letters a word in capitals may have and still be taken for an acronym when it stands alone.</summary>
    public const int FewLetters = 4;

    // Short words of emphasis, the ones shouted alone ("Order NOW", "Save BIG", "C'est TOP").
    private static readonly IReadOnlySet<string> ShortShouts = ProseData.Set("short-shouts.txt");

    /// <summary>
    /// True for a word in capitals of at most <see cref="FewLetters"/> letters that is not a common word of
    /// emphasis (<c>NOW</c>, <c>FREE</c>, <c>VITE</c>): alone, it is far more often an acronym or a ticker no
    /// list can hold (<c>FDA</c>, <c>HIV</c>, <c>CET</c>, <c>NYC</c>, <c>PFE</c>) than a shout.
    /// </summary>
    public static bool IsFewLetters(string word) =>
        word.Split('-', '\u2011').All(part => part.Count(char.IsLetter) <= FewLetters) && !ShortShouts.Contains(word);

    /// <summary>
    /// True for a word that is a stock ticker (<c>$TSLA</c>, <c>NYSE:PFE</c>), a support agent's
    /// signature initials (<c>*TAS</c>, <c>^FEM</c>, <c>~JB</c>, or <c>-JB</c> ending its line), or a
    /// registered name (<c>BOSULIF®</c>, <c>DUAVEE™</c>: a brand written the way it is registered).
    /// </summary>
    public static bool IsTickerOrInitials(string text, TextToken word)
    {
        if (word.Span.End < text.Length && text[word.Span.End] is '\u00AE' or '\u2122' or '\u2120')
        {
            return true;
        }

        var before = word.Span.Start > 0 ? text[word.Span.Start - 1] : ' ';
        if (before is '$' or '*' or '^' or '~')
        {
            return true;
        }

        var lineEnd = text.IndexOf('\n', word.Span.End) is var n and >= 0 ? n : text.Length;
        var restOfLine = text.AsSpan(word.Span.End, lineEnd - word.Span.End).Trim();
        if (before is '-' or '\u2013' or '\u2014' && restOfLine.IsEmpty && word.Span.Start > 1 && text[word.Span.Start - 2] is ' ' or '.' or '!')
        {
            return true;
        }

        return before == ':' && TickerExchange().IsMatch(text.AsSpan(0, word.Span.Start - 1));
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

    [GeneratedRegex(@"\b(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|EPA|Euronext)$", RegexOptions.CultureInvariant)]
    private static partial Regex TickerExchange();

    [GeneratedRegex("^M{0,4}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();
}
