using ContentLint.Core.Scripting.Api.Identifiers;

namespace ContentLint.Core.Tests.Scripting.Api.Identifiers;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("jean.dupont@gmail.com")]
    [InlineData("Jane.Doe+promo@corp-mail.co.uk")]
    [InlineData("ops_team@mail.brand.io")]
    [InlineData("a@b.fr")]
    public void Addresses_are_found(string address)
    {
        var text = $"Écrivez à {address}.";

        var match = Assert.Single(EmailAddresses.Find(text));

        Assert.Equal(address, text.Substring(match.Span.Start, match.Span.Length));
    }

    [Theory]
    [InlineData("Suivez @marque@mastodon.social")]
    [InlineData("logo@2x.png et icon@3x.webp")]
    [InlineData("@marque sur X, rendez-vous @ 10h")]
    [InlineData("jean@localhost")]
    [InlineData("Antiretroviral Therapy@on.pfizer.com/lJb3gW")]   // a short link glued to a word (real brand post)
    public void Handles_images_and_glued_links_are_not_addresses(string text) => Assert.Empty(EmailAddresses.Find(text));

    [Fact]
    public void Documentation_domains_are_reserved_and_others_are_not()
    {
        var found = EmailAddresses.Find("user@example.com, dev@test.example, x@site.test, y@nowhere.invalid, a@b.fr").ToList();

        Assert.Equal(["example.com", "test.example", "site.test", "nowhere.invalid", "b.fr"], found.Select(a => a.Domain));
        Assert.Equal([true, true, true, true, false], found.Select(a => EmailAddresses.IsReservedDomain(a.Domain)));
    }
}
