using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

/// <summary>One span, one identity: the most specific reading of a number wins (issue 10).</summary>
public sealed class NumberIdentityTests
{
    private static readonly NumberIdentity[][] EachRule = [[NumberIdentity.Card], [NumberIdentity.Siren, NumberIdentity.Siret], [NumberIdentity.Iban], [NumberIdentity.Nir], [NumberIdentity.Phone]];
    private static readonly NumberIdentity[] Cards = [NumberIdentity.Card];
    private static readonly NumberIdentity[] Companies = [NumberIdentity.Siren, NumberIdentity.Siret];
    private static readonly NumberIdentity[] Ibans = [NumberIdentity.Iban];
    private static readonly NumberIdentity[] Phones = [NumberIdentity.Phone];

    private static string[] Found(NumberIdentity[] check, string text) =>
        [.. Identified.As(text, check).Select(m => text.Substring(m.Span.Start, m.Span.Length))];

    [Theory]
    [InlineData("Notre SIRET 44306184100047.", "44306184100047")]                 // Visa prefix
    [InlineData("SIRET : 36100000300018", "36100000300018")]                      // Diners 36
    [InlineData("n° SIRET 30210000300011, siège à Lyon.", "30210000300011")]     // Diners 300–305
    [InlineData("Immatriculée au RCS sous le numéro 41100000300011.", "41100000300011")]
    [InlineData("Registration number 302 100 003 00011", "302 100 003 00011")]
    [InlineData("Établissement 411 000 003 00011, ouvert le lundi.", "411 000 003 00011")]
    public void A_valid_siret_is_a_siret_and_not_a_card(string text, string number)
    {
        Assert.Equal([number], Found(Companies, text));
        Assert.Empty(Found(Cards, text));
    }

    [Fact]
    public void The_same_digits_are_a_card_only_with_a_card_word_and_a_card_s_length()
    {
        Assert.Equal(["36100000300018"], Found(Cards, "Payé avec la carte 36100000300018 hier."));   // Diners Club: 14 digits
        Assert.Empty(Found(Cards, "Payé avec 36100000300018 hier."));
        Assert.Empty(Found(Companies, "Payé avec 36100000300018 hier."));
        Assert.Empty(Found(Cards, "Ma carte 44306184100047 est bloquée."));                          // Visa has no 14-digit numbers
    }

    [Theory]
    [InlineData("Your order 4970101234567802 has shipped.")]
    [InlineData("Tracking 5555555555554444, reference 4111111111111111.")]
    [InlineData("Dossier 378282246310005 clos.")]
    public void An_unseparated_luhn_valid_number_without_a_card_word_is_not_a_card(string text) =>
        Assert.Empty(Found(Cards, text));

    [Fact]
    public void The_nearest_word_decides_when_both_a_card_and_a_siret_word_are_there()
    {
        const string text = "Carte refusée pour la société SIRET 44306184100047.";

        Assert.Equal(["44306184100047"], Found(Companies, text));
        Assert.Empty(Found(Cards, text));
    }

    [Theory]
    [InlineData("Commande 4970101234567802 expédiée.")]
    [InlineData("Order #4970101234567802 shipped.")]
    [InlineData("Votre commande n° 497010123456781 est prête.")]
    [InlineData("Facture 4111111111111111 réglée.")]
    public void An_unseparated_number_right_after_an_order_word_is_a_reference(string text)
    {
        Assert.All(EachRule, check => Assert.Empty(Identified.As(text, check)));
    }

    [Theory]
    [InlineData("Commande 4970 1012 3456 7802 expédiée.", "4970 1012 3456 7802")]
    [InlineData("Commande payée par carte 4970101234567802.", "4970101234567802")]
    [InlineData("Order placed, then the customer posted his card 4111111111111111 by mistake.", "4111111111111111")]
    [InlineData("Order placed, then the customer posted 4111 1111 1111 1111 by mistake.", "4111 1111 1111 1111")]
    public void A_number_written_or_announced_as_a_card_stays_a_card(string text, string number)
    {
        Assert.Equal([number], Found(Cards, text));
    }

    [Theory]
    [InlineData("IBAN FR76 3000 6000 0112 3456 7890 189, carte 4111 1111 1111 1111.")]
    [InlineData("Virement sur FR7630006000011234567890189 ou appel au 06 12 34 56 78.")]
    [InlineData("SIREN 732 829 320, SIRET 732 829 320 00074, NIR 1 85 05 78 006 084 36, tél. 0612345678, +33 6 12 34 56 78.")]
    [InlineData("Carte 5555 5555 5555 4444, SIRET 44306184100047, commande 4111111111111111.")]
    public void No_span_is_reported_by_two_checks(string text)
    {
        var spans = EachRule.SelectMany(check => Identified.As(text, check).Select(m => m.Span)).OrderBy(s => s.Start).ToList();

        Assert.NotEmpty(spans);
        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.False(pair.First.OverlapsWith(pair.Second), $"{pair.First} overlaps {pair.Second}"));
    }

    [Fact]
    public void Each_identity_of_a_mixed_text_is_reported_by_its_own_check()
    {
        const string text = "IBAN FR76 3000 6000 0112 3456 7890 189, carte 4111 1111 1111 1111, SIRET 44306184100047, tél. 06 12 34 56 78.";

        Assert.Equal(["FR76 3000 6000 0112 3456 7890 189"], Found(Ibans, text));
        Assert.Equal(["4111 1111 1111 1111"], Found(Cards, text));
        Assert.Equal(["44306184100047"], Found(Companies, text));
        Assert.Equal(["06 12 34 56 78"], Found(Phones, text));
    }
}
