using ContentLint.Core.Scripting.Api.Prose;

namespace ContentLint.Core.Tests.Scripting.Api.Prose;

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
    [InlineData("Super!!", "!!:2/1")]
    [InlineData("Quoi???", "???:3/1")]
    [InlineData("Hein ?!?", "?!?:3/2")]
    [InlineData("Oui ! ! !", "! ! !:3/1")]
    [InlineData("Bon....", "....:4/1")]
    [InlineData("Hein ?! Et... bon… oui. Non!", "?!:2/2 ...:3/1 .:1/1 !:1/1")]
    [InlineData("Oui !  !", "!:1/1 !:1/1")]
    public void Punctuation_runs_count_their_marks_and_kinds(string text, string expected)
    {
        var found = PunctuationRuns.Find(text).Select(r => $"{text.Substring(r.Span.Start, r.Span.Length)}:{r.Marks}/{r.Kinds}");

        Assert.Equal(expected, string.Join(' ', found));
    }

    [Fact]
    public void A_run_of_dots_is_told_from_a_run_of_marks_and_starts_with_its_first_mark()
    {
        var runs = PunctuationRuns.Find("Ah.... ?!").ToList();

        Assert.Equal([(true, '.'), (false, '?')], runs.Select(r => (r.IsDots, r.First)));
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
