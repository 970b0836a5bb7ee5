using ContentLint.Core.BuiltIn.Confidentiality.PersonalData;

namespace ContentLint.Core.Tests.BuiltIn.Confidentiality;

public sealed class EmailAddressTests
{
    private static readonly EmailAddressCheck Check = new();

    [Theory]
    [InlineData("jean.dupont@gmail.com")]
    [InlineData("Jane.Doe+promo@corp-mail.co.uk")]
    [InlineData("ops_team@mail.brand.io")]
    [InlineData("a@b.fr")]
    public void Addresses_are_found(string address)
    {
        var text = $"Écrivez à {address}.";

        var match = Assert.Single(Check.Find(text));

        Assert.Equal(address, text.Substring(match.Span.Start, match.Span.Length));
    }

    [Theory]
    [InlineData("Suivez @marque@mastodon.social")]
    [InlineData("logo@2x.png et icon@3x.webp")]
    [InlineData("user@example.com, dev@test.example, x@site.test, y@nowhere.invalid")]
    [InlineData("@marque sur X, rendez-vous @ 10h")]
    [InlineData("jean@localhost")]
    [InlineData("Antiretroviral Therapy@on.pfizer.com/lJb3gW")]   // a short link glued to a word (real brand post)
    public void Handles_images_and_documentation_domains_are_not_reported(string text) => Assert.Empty(Check.Find(text));
}
