using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scoping;

/// <summary>Finds calls to action ("register", "inscrivez-vous", "link in bio"…) in English and French text.</summary>
public static partial class CallToAction
{
    /// <summary>The first call to action in <paramref name="text"/>, or null.</summary>
    public static TextSpan? FindFirst(string text)
    {
        var match = Pattern().Match(text);
        return match.Success ? new TextSpan(match.Index, match.Length) : null;
    }

    // Whole words, case-insensitive; imperative forms a reader is asked to act on.
    [GeneratedRegex(
        @"(?:^|(?<=[^\p{L}\p{N}]))(?:buy|order|shop now|sign up|register|subscribe|download|book now|learn more|read more|find out more|click|apply now|join us|get yours|try it|call us|dm us|link in bio|"
        + @"achetez|commandez|inscrivez-vous|abonnez-vous|téléchargez|réservez|découvrez|en savoir plus|cliquez|postulez|rejoignez-nous|contactez-nous|écrivez-nous|lien en bio|profitez)(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
