using ContentLint.Core.Scripting.Api.Prose;
using ContentLint.Core.Scripting.Api.Typography;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Scripting.Api.Typography;

/// <summary>Where French typography looks for a no-break space, and what it says of the space it finds.</summary>
public sealed class FrenchSpacingGapsTests
{
    [Theory]
    [InlineData("Bonjour ! Attention: prix", "! :")]
    [InlineData("Voir https://a.fr?q=1 à 10:30 :) ou 3:1", "")]
    [InlineData("Quoi ?! &gt; x", "?")]
    [InlineData("@marie: salut", "")]
    public void Punctuation_gaps_are_the_marks_that_close_a_clause(string text, string expected)
    {
        var prose = Prose(text);

        Assert.Equal(expected, string.Join(' ', PunctuationGaps.Find(prose).Select(g => prose.Value[g.Mark].ToString())));
    }

    [Theory]
    [InlineData("Il dit «bonjour » puis » Lire", "«:8-8 »:15-16")]
    [InlineData("» Lire la suite", "")]
    public void Guillemet_gaps_are_on_the_inside_and_a_lone_closing_one_is_an_arrow(string text, string expected)
    {
        var gaps = GuillemetGaps.Find(Prose(text)).Select(g => $"{text[g.Mark]}:{g.GapStart}-{g.GapEnd}");

        Assert.Equal(expected, string.Join(' ', gaps));
    }

    [Theory]
    [InlineData("Soit 30% et 29,99 € pour 10 km", "% € km")]
    [InlineData("Soit $10, MP3 %, #100% et 5G", "")]
    public void Number_sign_gaps_follow_a_number_on_its_own(string text, string expected)
    {
        var signs = NumberSignGaps.Find(Prose(text), ["km"]).Select(g => g.Sign);

        Assert.Equal(expected, string.Join(' ', signs));
    }

    [Theory]
    [InlineData("a!", "no space", "aucune espace")]
    [InlineData("a !", "a normal space", "une espace normale")]
    [InlineData("a\u2009!", "U+2009", "U+2009")]
    [InlineData("a  !", "several spaces", "plusieurs espaces")]
    public void A_wrong_gap_is_described_in_both_languages_and_fixed_with_the_given_space(string text, string en, string fr)
    {
        var problem = SpaceFix.Check(text, 1, text.Length - 1, NoBreakSpaces.Narrow, "!");

        Assert.NotNull(problem);
        Assert.Equal((en, fr, NoBreakSpaces.Narrow), (problem.Value.Found.En, problem.Value.Found.Fr, problem.Value.Fix.NewText));
        Assert.Null(SpaceFix.Check("a\u00A0!", 1, 2, NoBreakSpaces.Narrow, "!"));
    }

    private static ProseText Prose(string text) => ProseText.Of(Lint.Parse("a.md", $"---\nchannel: x\n---\n{text}\n").Posts[0].Parts[0]);
}
