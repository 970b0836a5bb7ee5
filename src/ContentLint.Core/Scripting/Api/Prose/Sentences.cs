using System.Collections.Frozen;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// Sentences as a language reads them: the engine's split (at <c>. ! ? …</c> followed by a space, and
/// at every line break; never inside a link or a decimal number), joined again after an abbreviation
/// of the post's language — always after a title (<c>M.</c>, <c>Mme</c>, <c>Dr.</c>), an initial
/// (<c>J. Dupont</c>) or an abbreviation that never ends a sentence (<c>e.g.</c>, <c>cf.</c>), and after other abbreviations (<c>etc.</c>, <c>cf.</c>, <c>e.g.</c>) when the next
/// word starts in lower case or with a digit. A link followed by a capitalised word ends a sentence, as posts
/// write it (<c>Our report: https://t.co/x New data shows…</c>): a link is not followed by a full stop.
/// </summary>
public static class Sentences
{
    private static readonly FrozenSet<string> FrenchTitles = Set("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "cf", "p.ex", "vs");
    private static readonly FrozenSet<string> EnglishTitles = Set("mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "mt", "gen", "gov", "sen", "rep", "rev", "hon", "e.g", "i.e", "cf", "vs");
    private static readonly FrozenSet<string> French = Set(
        "etc", "p", "pp", "ex", "env", "vol", "n", "no", "av", "apr", "j.-c", "art", "chap", "éd", "fig", "min", "max", "tél", "tel",
        "réf", "coll", "dir", "trad", "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "qqn", "qqch", "vs", "resp", "hab", "km", "h");
    private static readonly FrozenSet<string> English = Set(
        "etc", "approx", "dept", "est", "fig", "inc", "ltd", "co", "corp", "no", "vol", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "p", "pp", "ch", "ed", "eds");

    /// <summary>The sentences of <paramref name="prose"/> in a post of language <paramref name="lang"/> (null: French and English abbreviations both apply).</summary>
    public static IReadOnlyList<TextSpan> Split(ProseText prose, string? lang)
    {
        var text = prose.Value;
        var result = new List<TextSpan>();
        foreach (var sentence in prose.Sentences)
        {
            if (result.Count > 0 && Joins(text, result[^1], sentence.Span, lang))
            {
                result[^1] = TextSpan.FromBounds(result[^1].Start, sentence.Span.End);
            }
            else
            {
                result.Add(sentence.Span);
            }
        }

        return SplitAfterLinks(text, result, prose.Links);
    }

    /// <summary>Each sentence with the words inside it, in one pass over both (each list is in text order).</summary>
    public static IEnumerable<(TextSpan Sentence, List<Scoping.TextToken> Words)> WithWords(IReadOnlyList<TextSpan> sentences, IReadOnlyList<Scoping.TextToken> words)
    {
        var next = 0;
        foreach (var sentence in sentences)
        {
            while (next < words.Count && words[next].Span.Start < sentence.Start)
            {
                next++;
            }

            var inside = new List<Scoping.TextToken>();
            while (next < words.Count && sentence.Contains(words[next].Span))
            {
                inside.Add(words[next++]);
            }

            yield return (sentence, inside);
        }
    }

    private static List<TextSpan> SplitAfterLinks(string text, List<TextSpan> sentences, IReadOnlyList<Scoping.TextToken> links)
    {
        var result = new List<TextSpan>(sentences.Count);
        var link = 0;
        foreach (var sentence in sentences)
        {
            var start = sentence.Start;
            for (; link < links.Count && links[link].Span.Start < sentence.End; link++)
            {
                var end = links[link].Span.End;
                var next = end;
                while (next < sentence.End && text[next] is ' ' or '\t' or '\u00A0')
                {
                    next++;
                }

                if (end >= start && next > end && next < sentence.End && char.IsUpper(text[next]))
                {
                    result.Add(TextSpan.FromBounds(start, end));
                    start = next;
                }
            }

            result.Add(TextSpan.FromBounds(start, sentence.End));
        }

        return result;
    }

    private static bool Joins(string text, TextSpan previous, TextSpan next, string? lang)
    {
        if (text[previous.End - 1] != '.' || text.AsSpan(previous.End, next.Start - previous.End).IndexOfAny('\n', '\r') >= 0)
        {
            return false;
        }

        var start = previous.End - 1;
        while (start > previous.Start && (char.IsLetter(text[start - 1]) || (text[start - 1] is '.' or '-' && start - 1 > previous.Start && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        var word = text[start..(previous.End - 1)];
        if (word.Length == 0 || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        if ((word.Length == 1 && char.IsUpper(word[0])) || Titles(lang).Any(t => t.Contains(word.ToLowerInvariant())))
        {
            return true;
        }

        var first = text[next.Start];
        return Others(lang).Any(a => a.Contains(word.ToLowerInvariant())) && (char.IsLower(first) || char.IsDigit(first));
    }

    private static IEnumerable<FrozenSet<string>> Titles(string? lang) => lang switch
    {
        "fr" => [FrenchTitles],
        "en" => [EnglishTitles],
        _ => [FrenchTitles, EnglishTitles],
    };

    private static IEnumerable<FrozenSet<string>> Others(string? lang) => lang switch
    {
        "fr" => [French],
        "en" => [English],
        _ => [French, English],
    };

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
