using ContentLint.Core.BuiltIn.BrandVoice;

namespace ContentLint.Core.Tests.BuiltIn.BrandVoice;

/// <summary>The small algorithms behind shouting, repeated punctuation and terminology.</summary>
public sealed class WordRulesTests
{
    private static readonly IReadOnlySet<string> Acronyms = KnownAcronyms.Default;

    [Theory]
    [InlineData("GRATUIT", true)]
    [InlineData("SNCF", false)]
    [InlineData("XIV", false)]
    [InlineData("MP3", false)]
    [InlineData("OK", false)]
    [InlineData("PRÊT-À-PORTER", true)]
    [InlineData("RH-PME", false)]
    [InlineData("AUJOURD'HUI", true)]
    [InlineData("Gratuit", false)]
    [InlineData("ŒUVRES", true)]
    [InlineData("HTML", false)]
    [InlineData("CQFD", false)]
    [InlineData("عماد", false)]
    public void Shouting_words(string word, bool expected) => Assert.Equal(expected, CapitalRuns.IsShouting(word, Acronyms));

    [Theory]
    [InlineData("Super!!", "!!>!")]
    [InlineData("Quoi???", "???>?")]
    [InlineData("Hein ?!?", "?!?>?")]
    [InlineData("Oui ! ! !", "! ! !>!")]
    [InlineData("Bon....", "....>...")]
    [InlineData("Hein ?! Et... bon… oui. Non!", "")]
    public void Repeated_punctuation_runs(string text, string expected)
    {
        var found = RepeatedPunctuationCheck.Find(text).Select(r => $"{text.Substring(r.Span.Start, r.Span.Length)}>{r.Expected}");

        Assert.Equal(expected, string.Join(' ', found));
    }

    [Theory]
    [InlineData("e-mail", "courriel", "courriel")]
    [InlineData("E-mail", "courriel", "Courriel")]
    [InlineData("E-MAIL", "courriel", "COURRIEL")]
    [InlineData("linkedin", "LinkedIn", "LinkedIn")]
    [InlineData("L'e-mail", "l'adresse", "L'adresse")]
    public void Replacements_keep_the_case_of_what_they_replace(string found, string replacement, string expected) =>
        Assert.Equal(expected, CaseMatcher.Apply(found, replacement));
}
