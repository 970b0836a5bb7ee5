using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("06.12.34.56.78")]
    [InlineData("06-12-34-56-78")]
    [InlineData("0612345678")]
    [InlineData("01\u00A023\u00A045\u00A067\u00A089")]
    [InlineData("09 53 19 05 34")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("+33612345678")]
    [InlineData("+33 (0)6 12 34 56 78")]
    [InlineData("+33(0)612345678")]
    [InlineData("+33.6.12.34.56.78")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+1 (415) 555-2671")]
    [InlineData("+49 30 1234567")]
    [InlineData("+351 912 345 678")]
    public void Phone_numbers_are_found_whole(string number)
    {
        var text = $"Appelez le {number}, merci";

        var match = Assert.Single(Identified.As(text, NumberIdentity.Phone));

        Assert.Equal(number, text.Substring(match.Span.Start, match.Span.Length));
    }

    [Theory]
    [InlineData("le 12.05.2026 à 10:30")]
    [InlineData("le 2026-05-12T10:30")]
    [InlineData("du 01/02/2026 au 28/02/2026")]
    [InlineData("prix : 06 12 €, ou 1 234 567,89 €")]
    [InlineData("0612345678,5")]
    [InlineData("0892 68 00 00 et 08 92 68 00 00")]        // special-rate business numbers
    [InlineData("commande 0612345678")]
    [InlineData("facture n°0612345678")]
    [InlineData("order #0612345678")]
    [InlineData("identifiant fbx0612345678")]
    [InlineData("06 12 34 56 78 90 12")]                   // a longer number
    [InlineData("06 12 34 56")]
    [InlineData("+12 000 000 abonnés")]                    // growth figure
    [InlineData("+33 8 92 68 00 00")]
    [InlineData("+33 6 12 34 56")]                         // too short for France
    [InlineData("+5 % et +1234 points")]
    [InlineData("version 10.12.34.56.78")]
    [InlineData("a3Fa+4-376954379/6_27e")]                  // inside a base64 value
    [InlineData("F3+87871051_a80e")]
    [InlineData("docs/+33612345678")]
    public void Dates_prices_references_and_other_numbers_are_not_reported(string text) => Assert.Empty(Identified.As(text, NumberIdentity.Phone));

    [Fact]
    public void Numbers_glued_by_a_lost_line_break_are_still_found()
    {
        // Exported posts often turn a line break into a literal "n": the number is still a number.
        var found = Identified.As("+33270125707n+33270482946nligne : 09 53 19 05 34nla suite", NumberIdentity.Phone).ToList();

        Assert.Equal(3, found.Count);
    }

    [Theory]
    [InlineData("a b c d 0612", 3, " b c d ")]
    [InlineData("commande 0612", 3, "commande ")]
    [InlineData("0612", 3, "")]
    public void Words_before_a_number_are_counted_exactly(string text, int words, string expected) =>
        Assert.Equal(expected, NumberRuns.WordsBefore(text, text.IndexOf('0', StringComparison.Ordinal), words));
}
