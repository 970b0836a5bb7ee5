using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

public sealed class SirenSiretTests
{
    public static TheoryData<string, string> Valid => new()
    {
        { "SIREN 732 829 320", "SIREN" },
        { "RCS Paris 552120222", "SIREN" },
        { "immatriculée au RCS de Nanterre sous le numéro 443 061 841", "SIREN" },
        { "SIRET 73282932000074", "SIRET" },
        { "siret : 443061841 00047", "SIRET" },
        { "Établissement 552 120 222 00013", "SIRET" },   // the SIRET layout needs no keyword
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void A_valid_number_is_found_with_its_kind(string text, string kind)
    {
        var match = Assert.Single(Identified.As(text, NumberIdentity.Siren, NumberIdentity.Siret));

        Assert.Equal(kind == "SIREN" ? NumberIdentity.Siren : NumberIdentity.Siret, match.Identity);
        Assert.Equal(text.Length, match.Span.End);
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Changing_any_one_digit_is_not_reported(string text, string kind)
    {
        _ = kind;
        var number = text[(text.IndexOfAny("0123456789".ToCharArray()))..];
        var prefix = text[..^number.Length];

        Assert.All(Mutations.OneCharacterChanged(number), changed => Assert.Empty(Identified.As(prefix + changed, NumberIdentity.Siren, NumberIdentity.Siret)));
    }

    [Fact]
    public void La_Poste_establishments_are_checked_by_their_digit_sum()
    {
        Assert.False(Checksums.Luhn("35600000000010"));
        Assert.True(SirenSiret.IsSiret("35600000000010"));   // digit sum 15
        Assert.True(SirenSiret.IsSiret("35600000000048"));   // the head office also passes Luhn
        Assert.False(SirenSiret.IsSiret("35600000000011"));  // digit sum 16, not Luhn-valid
        Assert.False(SirenSiret.IsSiret("73282932000010"));  // the digit-sum rule is La Poste's only
    }

    [Fact]
    public void For_la_Poste_a_changed_digit_is_caught_unless_it_moves_by_five_which_the_official_rule_cannot_see()
    {
        var changes = Mutations.OneCharacterChanged("35600000000010").Where(c => c.StartsWith(SirenSiret.LaPoste, StringComparison.Ordinal)).ToList();
        var accepted = changes.Where(SirenSiret.IsSiret).ToList();

        Assert.All(accepted, c => Assert.True(Checksums.Luhn(c) || Math.Abs(Checksums.DigitSum(c) - 15) == 5, c));
        Assert.All(changes.Where(c => Math.Abs(Checksums.DigitSum(c) - 15) != 5 && !Checksums.Luhn(c)), c => Assert.Empty(Identified.As("SIRET " + c, NumberIdentity.Siren, NumberIdentity.Siret)));
    }

    [Theory]
    [InlineData("Plus de 732 829 320 visites")]           // French thousands, no keyword
    [InlineData("Commande 552120222")]
    [InlineData("SIREN 732 829 321")]                      // one digit changed
    [InlineData("SIRET 73282932000075")]
    [InlineData("SIREN 732.829.320")]                      // dots are not how SIRENs are written
    [InlineData("SIREN 732 829 320 €")]
    public void Other_numbers_are_not_reported(string text) => Assert.Empty(Identified.As(text, NumberIdentity.Siren, NumberIdentity.Siret));
}
