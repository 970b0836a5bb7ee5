using ContentLint.Core.Scripting.Api.Prose;

namespace ContentLint.Core.Tests.Scripting.Api.Prose;

/// <summary>The shipped acronyms: the lexicons' (English and French) and the project's, and none that is a shout.</summary>
public sealed class KnownAcronymsTests
{
    private static readonly IReadOnlySet<string> Known = KnownAcronyms.Default;

    [Theory]
    [InlineData("FDIC")] // SCOWL (English)
    [InlineData("NASCAR")]
    [InlineData("UNESCO")]
    [InlineData("GIEC")] // Grammalecte (French)
    [InlineData("URSSAF")]
    [InlineData("RGPD")] // the project's list
    [InlineData("API")]
    public void Acronyms_of_each_list_are_known(string acronym) => Assert.Contains(acronym, Known);

    [Theory]
    [InlineData("NOW")]
    [InlineData("CARE")]
    [InlineData("PRO")]
    [InlineData("SALE")]
    [InlineData("XIV")]
    public void Words_and_roman_numerals_are_not_taken_from_the_lexicons(string word) => Assert.DoesNotContain(word, Known);

    [Fact]
    public void Each_data_file_is_embedded_and_no_short_shout_is_an_acronym()
    {
        Assert.True(ProseData.Words("acronyms-en.txt").Count > 400);
        Assert.True(ProseData.Words("acronyms-fr.txt").Count > 300);
        Assert.Empty(ProseData.Words("short-shouts.txt").Intersect(Known));
        Assert.All(ProseData.Words("acronyms-en.txt").Concat(ProseData.Words("acronyms-fr.txt")), a => Assert.True(CapitalRuns.IsCapitals(a), a));
    }
}
