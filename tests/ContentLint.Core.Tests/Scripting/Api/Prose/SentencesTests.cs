using ContentLint.Core.Scripting.Api.Prose;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Scripting.Api.Prose;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("fr", "M. Dupont arrive. Il part.", "M. Dupont arrive.|Il part.")]
    [InlineData("fr", "Mme Leroy et Dr. Martin viennent.", "Mme Leroy et Dr. Martin viennent.")]
    [InlineData("fr", "Des pommes, des poires, etc. et des fraises.", "Des pommes, des poires, etc. et des fraises.")]
    [InlineData("fr", "Des pommes, etc. Ensuite des fraises.", "Des pommes, etc.|Ensuite des fraises.")]
    [InlineData("fr", "Le taux passe à 3.5 % cette année. Voilà.", "Le taux passe à 3.5 % cette année.|Voilà.")]
    [InlineData("fr", "Voir cf. Annexe 2 et https://example.com/a.b. Merci.", "Voir cf. Annexe 2 et https://example.com/a.b.|Merci.")]
    [InlineData("fr", "J. K. Rowling écrit.", "J. K. Rowling écrit.")]
    [InlineData("en", "Partners, e.g. France and Spain, agree. Fine.", "Partners, e.g. France and Spain, agree.|Fine.")]
    [InlineData("en", "We ship to the U.K. Orders leave today.", "We ship to the U.K.|Orders leave today.")]
    [InlineData("en", "Mr. Smith is here\nand there", "Mr. Smith is here|and there")]
    [InlineData(null, "M. Smith and Mr. Jones. Done.", "M. Smith and Mr. Jones.|Done.")]
    public void Split_by_language(string? lang, string text, string expected)
    {
        var prose = ProseText.Of(Lint.Parse("a.md", $"---\nchannel: x\n---\n{text}\n").Posts[0].Parts[0]);

        var sentences = Sentences.Split(prose, lang).Select(s => prose.Value.Substring(s.Start, s.Length));

        Assert.Equal(expected, string.Join('|', sentences));
    }
}
