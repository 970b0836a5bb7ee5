using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

public sealed class NirTests
{
    public static TheoryData<string> ValidNirs =>
    [
        "1 85 05 78 006 084 91",
        "185057800608491",
        "2 90 12 2A 004 123 67",   // Corsica: 2A counts as 19
        "1 85 07 2B 050 017 05",   // Corsica: 2B counts as 18
        "185072b05001705",         // lower case
        "2.90.12.19.004.123.67",
        "1 72 03 99 123 456 30",   // born abroad (department 99)
        "2 47 22 75 116 001 09",   // month 22: unknown month as INSEE records it
    ];

    [Theory]
    [MemberData(nameof(ValidNirs))]
    public void A_valid_nir_is_found(string nir)
    {
        var text = $"Numéro de sécurité sociale : {nir}.";

        var match = Assert.Single(Identified.As(text, NumberIdentity.Nir));

        Assert.Equal(nir, text.Substring(match.Span.Start, match.Span.Length));
        Assert.Equal(nir, match.Written);
    }

    [Theory]
    [MemberData(nameof(ValidNirs))]
    public void Changing_any_one_character_is_not_reported(string nir)
    {
        var changes = Mutations.OneCharacterChanged(nir).ToList();
        var corsica = nir.IndexOf("2A", StringComparison.OrdinalIgnoreCase) is >= 0 and var a ? a : nir.IndexOf("2B", StringComparison.OrdinalIgnoreCase);
        if (corsica >= 0)
        {
            // 2A ↔ 2B: the department letter is a character of the number too.
            var other = char.ToUpperInvariant(nir[corsica + 1]) == 'A' ? "2B" : "2A";
            changes.Add(string.Concat(nir.AsSpan(0, corsica), other, nir.AsSpan(corsica + 2)));
        }

        Assert.All(changes, changed => Assert.Empty(Identified.As($"NIR {changed}.", NumberIdentity.Nir)));
    }

    [Fact]
    public void Corsica_is_computed_as_the_official_rule_says()
    {
        Assert.Equal(67, Nir.Key("2901219004123"));
        Assert.True(Nir.IsValid("290122A004123" + "67"));
        Assert.False(Nir.IsValid("290122B004123" + "67"));
        Assert.True(Nir.IsValid("185072B050017" + "05"));
    }

    [Theory]
    [InlineData("3 85 05 78 006 084 91")]   // sex digit 3
    [InlineData("1 85 13 78 006 084 25")]   // month 13 (the key is right for those digits)
    [InlineData("1 85 00 78 006 084 XX")]
    [InlineData("1 85 05 00 006 084 63")]   // department 00 (the key is right for those digits)
    [InlineData("tel185057800608491")]
    [InlineData("1850578006084912")]        // a longer number
    public void Implausible_numbers_are_not_reported(string text) => Assert.Empty(Identified.As(text, NumberIdentity.Nir));
}
