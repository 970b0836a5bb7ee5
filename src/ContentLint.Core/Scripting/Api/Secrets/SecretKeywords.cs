using System.Globalization;
using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Scoping;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>
/// Words that announce a credential, in English and French (key, token, password, secret, API,
/// <c>mot de passe</c>, <c>clé</c>, <c>jeton</c>, <c>mdp</c>…), also inside identifiers such as
/// <c>API_KEY</c> or <c>client-secret</c>, looked for a few words before or after a candidate in
/// the same sentence (or the line before, when it ends with a colon: <c>Password:</c> then the value).
/// </summary>
public static class SecretKeywords
{
    /// <summary>Words looked at before a candidate.</summary>
    public const int Before = 4;

    /// <summary>Words looked at after a candidate.</summary>
    public const int After = 3;

    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "key", "keys", "apikey", "api", "token", "tokens", "password", "passwords", "passwd", "pwd", "passphrase", "secret", "secrets",
        "credential", "credentials", "bearer", "auth", "authorization", "cle", "cles", "clef", "clefs", "jeton", "jetons", "mdp",
    };

    /// <summary>The announcing word near <paramref name="candidate"/>, as written, or null.</summary>
    public static string? Near(TextTokens tokens, TextSpan candidate)
    {
        // Words and sentences are in text order: found by binary search, so a long post with many
        // candidates costs O(log n) per candidate, not a scan of every word.
        var sentence = SentenceOf(tokens, candidate);
        var words = tokens.Words;
        var first = FirstStartingFrom(words, sentence.Start);
        var at = Math.Max(first, FirstStartingFrom(words, candidate.Start));
        foreach (var i in WordsBefore(words, first, at, candidate).Concat(WordsAfter(words, at, candidate, sentence)))
        {
            if (IsKeyword(words[i].Text))
            {
                return words[i].Text;
            }

            if (i - 2 >= first && IsMotDePasse(words[i - 2], words[i - 1], words[i]))
            {
                return "mot de passe";
            }
        }

        return null;
    }

    private static TextSpan SentenceOf(TextTokens tokens, TextSpan candidate)
    {
        var sentences = tokens.Sentences;
        var index = Math.Max(0, FirstStartingFrom(sentences, candidate.Start + 1) - 1);
        while (index + 1 < sentences.Count && !sentences[index].Span.OverlapsWith(candidate) && sentences[index + 1].Span.Start < candidate.End)
        {
            index++;
        }

        if (index >= sentences.Count || !sentences[index].Span.OverlapsWith(candidate))
        {
            return new TextSpan(0, tokens.Text.Length);
        }

        var start = index > 0 && sentences[index - 1].Text.EndsWith(':') ? sentences[index - 1].Span.Start : sentences[index].Span.Start;
        return TextSpan.FromBounds(start, sentences[index].Span.End);
    }

    // The words of the sentence ending before the candidate, nearest first.
    private static IEnumerable<int> WordsBefore(IReadOnlyList<TextToken> words, int first, int at, TextSpan candidate)
    {
        var taken = 0;
        for (var i = at - 1; i >= first && taken < Before; i--)
        {
            if (words[i].Span.End <= candidate.Start)
            {
                taken++;
                yield return i;
            }
        }
    }

    // The words of the sentence starting after the candidate, nearest first.
    private static IEnumerable<int> WordsAfter(IReadOnlyList<TextToken> words, int at, TextSpan candidate, TextSpan sentence)
    {
        var taken = 0;
        for (var i = at; i < words.Count && words[i].Span.Start < sentence.End && taken < After; i++)
        {
            if (words[i].Span.Start >= candidate.End && sentence.Contains(words[i].Span))
            {
                taken++;
                yield return i;
            }
        }
    }

    // The index of the first token starting at or after `offset` (tokens are in text order).
    private static int FirstStartingFrom(IReadOnlyList<TextToken> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool IsKeyword(string word) =>
        Fold(word).Split(['_', '-'], StringSplitOptions.RemoveEmptyEntries).Any(Words.Contains);

    private static bool IsMotDePasse(TextToken mot, TextToken de, TextToken passe) =>
        Fold(passe.Text) == "passe" && Fold(de.Text) == "de" && Fold(mot.Text) == "mot";

    private static string Fold(string word)
    {
        var result = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }
}
