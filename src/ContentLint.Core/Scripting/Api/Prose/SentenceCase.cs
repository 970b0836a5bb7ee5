using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Scoping;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Prose;

/// <summary>
/// Rewrites a shouted run in sentence case: lower case, except a capital at the start of a sentence,
/// acronyms, and words the same text writes elsewhere with a capital in mid-sentence (names).
/// </summary>
public static class SentenceCase
{
    /// <summary>Words the text writes with a capital in mid-sentence (names), in capitals, to recognise them in a shouted run.</summary>
    public static HashSet<string> Names(string text, IReadOnlyList<TextToken> words) => words
        .Where(w => w.Text.Length > 1 && char.IsUpper(w.Text[0]) && w.Text.Skip(1).Any(char.IsLower) && !w.Text.Skip(1).Any(char.IsUpper) && !StartsSentence(text, w.Span.Start))
        .Select(w => w.Text.ToUpperInvariant())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The run at <paramref name="span"/> of <paramref name="text"/> (its <paramref name="words"/>) in sentence case.</summary>
    public static string Apply(string text, TextSpan span, IReadOnlyList<TextToken> words, IReadOnlySet<string> acronyms, IReadOnlySet<string> names)
    {
        var result = new StringBuilder(text.Substring(span.Start, span.Length).ToLowerInvariant());
        foreach (var word in words.Where(w => span.Contains(w.Span)))
        {
            var at = word.Span.Start - span.Start;
            var isShort = word.Text.Count(char.IsLetter) < 3;
            if (isShort ? CapitalRuns.IsCapitals(word.Text) && !IsCommonShortWord(word.Text) : acronyms.Contains(word.Text))
            {
                result.Remove(at, word.Text.Length).Insert(at, word.Text);
            }
            else if (names.Contains(word.Text) || (word.Span.Start == span.Start && StartsSentence(text, span.Start)))
            {
                result[at] = char.ToUpperInvariant(result[at]);
            }
        }

        return result.ToString();
    }

    /// <summary>True when the previous non-space character ends a sentence, opens a quotation or a list item, or there is none.</summary>
    public static bool StartsSentence(string text, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                return true;
            }

            if (!char.IsWhiteSpace(c))
            {
                return !(char.IsLetterOrDigit(c) || c is ',' or ';' or ':' or '(' or '[' or '\'' or '\u2019' or '/' or '&');
            }
        }

        return true;
    }

    /// <summary>Short words of a shouted phrase (French and English) that are not acronyms.</summary>
    public static bool IsCommonShortWord(string word) => word.ToLowerInvariant() is
        "à" or "a" or "ai" or "eu" or "de" or "du" or "le" or "la" or "l'" or "d'" or "un" or "en" or "et" or "ou" or "au" or "y" or "ne" or "on" or "se" or "ce" or "je" or "tu" or "il" or "sa" or "ta" or "ma" or "vu" or "qu'" or "c'" or "j'" or "n'" or "s'" or "t'" or "m'"
        or "an" or "as" or "at" or "be" or "by" or "do" or "go" or "if" or "in" or "is" or "it" or "me" or "my" or "no" or "of" or "oh" or "ok" or "or" or "so" or "to" or "up" or "us" or "we";
}
