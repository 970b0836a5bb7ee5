using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

public sealed class IbanTests
{
    public static TheoryData<string> ValidIbans =>
    [
        "FR76 3000 6000 0112 3456 7890 189",
        "DE89 3704 0044 0532 0130 00",
        "GB82 WEST 1234 5698 7654 32",
        "BE68 5390 0754 7034",
        "NL91 ABNA 0417 1643 00",
        "ES91 2100 0418 4502 0005 1332",
        "IT60 X054 2811 1010 0000 0123 456",
        "CH93 0076 2011 6238 5295 7",
        "NO93 8601 1117 947",
        "MT84 MALT 0110 0001 2345 MTLC AST0 01S",
    ];

    [Theory]
    [MemberData(nameof(ValidIbans))]
    public void A_valid_iban_is_found_with_spaces_without_them_and_in_lower_case(string iban)
    {
        foreach (var written in new[] { iban, iban.Replace(" ", "", StringComparison.Ordinal), iban.ToLowerInvariant() })
        {
            var text = $"Virement : {written}. Merci";

            var match = Assert.Single(Identified.As(text, NumberIdentity.Iban));

            Assert.Equal(written, text.Substring(match.Span.Start, match.Span.Length));
            Assert.Equal(iban.Replace(" ", "", StringComparison.Ordinal), match.Value);
        }
    }

    [Theory]
    [MemberData(nameof(ValidIbans))]
    public void Changing_any_one_character_is_not_reported(string iban)
    {
        var changes = Mutations.OneCharacterChanged(iban, letters: true).Where(c => c[..2] == iban[..2]).ToList();

        Assert.NotEmpty(changes);
        Assert.All(changes, changed => Assert.Empty(Identified.As($"IBAN {changed} ici", NumberIdentity.Iban)));
    }

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 18")]       // one character short for France
    [InlineData("FR76 3000 6000 0112 3456 7890 1890")]     // one too many
    [InlineData("XX76 3000 6000 0112 3456 7890 189")]      // no such country
    [InlineData("codeFR7630006000011234567890189")]       // glued to a word
    [InlineData("de 12 à 15 heures")]
    public void Look_alikes_are_not_reported(string text) => Assert.Empty(Identified.As(text, NumberIdentity.Iban));

    [Fact]
    public void The_value_is_compact_in_capitals_and_the_written_form_is_kept()
    {
        var match = Assert.Single(Identified.As("fr76 3000 6000 0112 3456 7890 189", NumberIdentity.Iban));

        Assert.Equal("FR7630006000011234567890189", match.Value);
        Assert.Equal("fr76 3000 6000 0112 3456 7890 189", match.Written);
    }
}
