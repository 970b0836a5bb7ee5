using System.Globalization;
using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.BuiltIn.Confidentiality.Secrets;

/// <summary>
/// Words that announce a credential, in English and French (key, token, password, secret, API,
/// <c>mot de passe</c>, <c>clé</c>, <c>jeton</c>, <c>mdp</c>…), also inside identifiers such as
/// <c>API_KEY</c> or <c>client-secret</c>, looked for a few words before or after a candidate in
/// the same sentence (or the line before, when it ends with a colon: <c>Password:</c> then the value).
/// </summary>
internal static class SecretKeywords
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
        var words = tokens.Words.Where(w => SentenceOf(tokens, candidate).Contains(w.Span)).ToList();
        var before = words.Where(w => w.Span.End <= candidate.Start).TakeLast(Before);
        var after = words.Where(w => w.Span.Start >= candidate.End).Take(After);
        foreach (var word in before.Reverse().Concat(after))
        {
            if (IsKeyword(word.Text))
            {
                return word.Text;
            }

            if (IsMotDePasse(words, word))
            {
                return "mot de passe";
            }
        }

        return null;
    }

    private static TextSpan SentenceOf(TextTokens tokens, TextSpan candidate)
    {
        var sentences = tokens.Sentences;
        var index = sentences.ToList().FindIndex(s => s.Span.OverlapsWith(candidate));
        if (index < 0)
        {
            return new TextSpan(0, tokens.Text.Length);
        }

        var start = index > 0 && sentences[index - 1].Text.EndsWith(':') ? sentences[index - 1].Span.Start : sentences[index].Span.Start;
        return TextSpan.FromBounds(start, sentences[index].Span.End);
    }

    private static bool IsKeyword(string word) =>
        Fold(word).Split(['_', '-'], StringSplitOptions.RemoveEmptyEntries).Any(Words.Contains);

    private static bool IsMotDePasse(List<TextToken> words, TextToken word)
    {
        var index = words.IndexOf(word);
        return index >= 2 && Fold(word.Text) == "passe" && Fold(words[index - 1].Text) == "de" && Fold(words[index - 2].Text) == "mot";
    }

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
