using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

public sealed class PiiAllowListTests
{
    [Theory]
    [InlineData("+33 1 23 45 67 89", "01 23 45 67 89")]
    [InlineData("+33 1 23 45 67 89", "01.23.45.67.89")]
    [InlineData("+33 1 23 45 67 89", "+33 (0)1 23 45 67 89")]
    [InlineData("01-23-45-67-89", "0033 1 23 45 67 89")]
    [InlineData("+44 20 7946 0958", "+44 (0)20 7946 0958")]
    [InlineData("Contact@Brand.example", "contact@brand.example")]
    [InlineData("mailto:contact@brand.example", "CONTACT@BRAND.EXAMPLE")]
    [InlineData("*@press.brand.example", "anne@press.brand.example")]
    [InlineData("fr76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189")]
    [InlineData("732829320", "732 829 320")]
    public void Entries_are_compared_normalised(string entry, string written) =>
        Assert.True(new PiiAllowList([entry]).Allows(written));

    [Theory]
    [InlineData("+33 1 23 45 67 89", "01 23 45 67 80")]
    [InlineData("contact@brand.example", "contact@brand.example.com")]
    [InlineData("*@brand.example", "anne@press.brand.example")]
    [InlineData("+44 20 7946 0958", "020 7946 0958")]
    public void Other_values_are_not_allowed(string entry, string written) =>
        Assert.False(new PiiAllowList([entry]).Allows(written));
}
