using ContentLint.Core.Scripting.Api.Identifiers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

public sealed class ChecksumTests
{
    [Theory]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("4111111111111111", true)]
    [InlineData("0", true)]
    [InlineData("", false)]
    [InlineData("12a4", false)]
    public void Luhn_matches_the_reference_examples(string digits, bool valid) =>
        Assert.Equal(valid, Checksums.Luhn(digits));

    [Fact]
    public void Mod97_reads_letters_as_two_digits()
    {
        Assert.Equal(1, Checksums.Mod97("3000600001123456789018915" + "2776")); // FR76… rearranged, F = 15, R = 27
        Assert.Equal(10 % 97, Checksums.Mod97("A"));
        Assert.Equal(-1, Checksums.Mod97("12 34"));
    }

    [Property(MaxTest = 500)]
    public Property A_Luhn_check_digit_makes_any_number_valid_and_any_single_digit_change_breaks_it() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 9)).Where(a => a.Length is > 0 and < 25)), payload =>
        {
            var body = string.Concat(payload);
            var check = Enumerable.Range(0, 10).Single(d => Checksums.Luhn(body + d));
            var valid = body + check;

            Assert.True(Checksums.Luhn(valid));
            Assert.All(Mutations.OneCharacterChanged(valid), changed => Assert.False(Checksums.Luhn(changed), changed));
        });

    [Property(MaxTest = 300)]
    public Property Mod97_check_digits_make_an_iban_valid_and_any_single_character_change_breaks_it() =>
        Prop.ForAll(Arb.From(Gen.ArrayOf(Gen.Choose(0, 35)).Where(a => a.Length == 23)), payload =>
        {
            var bban = string.Concat(payload.Select(v => v < 10 ? (char)('0' + v) : (char)('A' + v - 10)));
            var check = 98 - Checksums.Mod97(bban + "FR00");
            var iban = $"FR{check:00}{bban}";

            Assert.True(Iban.IsValid(iban), iban);
            Assert.All(Mutations.OneCharacterChanged(iban, letters: true).Where(c => c[..2] == "FR"), changed => Assert.False(Iban.IsValid(changed), changed));
        });
}
