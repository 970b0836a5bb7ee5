using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

public sealed class PaymentCardTests
{
    public static TheoryData<string, string> ValidCards => new()
    {
        { "4222222222222", "Visa" },                // 13 digits
        { "4111 1111 1111 1111", "Visa" },
        { "4012-8888-8888-1881", "Visa" },
        { "4000 0000 0000 0000 006", "Visa" },      // 19 digits
        { "5555 5555 5555 4444", "Mastercard" },
        { "5105105105105100", "Mastercard" },
        { "2223 0000 4840 0011", "Mastercard" },    // 2-series
        { "3782 822463 10005", "American Express" },
        { "371449635398431", "American Express" },
        { "6011 1111 1111 1117", "Discover" },
        { "3530 1113 3330 0000", "JCB" },
        { "3056 930902 5904", "Diners Club" },      // 14 digits
        { "36227206271667", "Diners Club" },
        { "6759 6498 2643 8453", "Maestro" },
        { "6200 0000 0000 0005", "UnionPay" },
    };

    [Theory]
    [MemberData(nameof(ValidCards))]
    public void A_valid_card_number_is_found_with_its_network(string number, string brand)
    {
        var text = $"Ma carte {number} a été débitée deux fois.";

        var match = Assert.Single(Identified.As(text, NumberIdentity.Card));

        Assert.Equal(number, text.Substring(match.Span.Start, match.Span.Length));
        Assert.Equal(brand, CardBrands.Of(match.Value));
        Assert.Equal(number.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), match.Value);
    }

    [Theory]
    [MemberData(nameof(ValidCards))]
    public void Changing_any_one_digit_is_not_reported(string number, string brand)
    {
        _ = brand;
        var changes = Mutations.OneCharacterChanged(number).ToList();

        Assert.All(changes, changed => Assert.Empty(Identified.As($"Carte {changed}.", NumberIdentity.Card)));
    }

    [Theory]
    [InlineData("1234 5678 9012 3452")]        // Luhn-valid, no network starts with 1
    [InlineData("4111 1111 1111 1111 1111")]   // 20 digits
    [InlineData("411 1111 1111 1111 11")]      // not grouped like a card
    [InlineData("4111.1111.1111.1111")]        // dots are not card separators
    [InlineData("4111111111111111,50 €")]      // an amount
    [InlineData("ref4111111111111111")]        // glued to a word
    [InlineData("34 000 000 000 000")]         // thousands
    public void Look_alikes_are_not_reported(string text) => Assert.Empty(Identified.As(text, NumberIdentity.Card));
}
