using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Tests.Diagnostics;

public sealed class MessageLocaleTests
{
    [Theory]
    [InlineData("fr", "fr")]
    [InlineData("FR", "fr")]
    [InlineData("fr-CA", "fr")]
    [InlineData("fr_FR.UTF-8", "fr")]
    [InlineData("fr_BE.UTF-8@euro", "fr")]
    [InlineData("en-us", "en")]
    [InlineData("de_DE.UTF-8", "en")]
    [InlineData("C.UTF-8", "en")]
    [InlineData("POSIX", "en")]
    public void Locale_names_reduce_to_a_supported_language_or_english(string name, string expected)
    {
        Assert.True(MessageLocale.TryParse(name, out var locale));
        Assert.Equal(expected, locale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("français")]
    [InlineData("fr FR")]
    [InlineData("12")]
    public void Text_that_is_not_a_locale_name_is_refused(string name)
    {
        Assert.False(MessageLocale.TryParse(name, out var locale));
        Assert.Equal(MessageLocale.English, locale);
    }

    [Fact]
    public void The_environment_is_read_in_posix_order_with_contentlint_locale_first()
    {
        var all = new Dictionary<string, string> { ["CONTENTLINT_LOCALE"] = "en", ["LC_ALL"] = "fr_FR.UTF-8", ["LANG"] = "fr_FR.UTF-8" };
        var posix = new Dictionary<string, string> { ["LC_ALL"] = "", ["LC_MESSAGES"] = "fr_CA.UTF-8", ["LANG"] = "en_US.UTF-8" };

        Assert.Equal("en", MessageLocale.FromEnvironment(all.GetValueOrDefault));
        Assert.Equal("fr", MessageLocale.FromEnvironment(posix.GetValueOrDefault));
        Assert.Equal("en", MessageLocale.FromEnvironment(_ => null));
    }
}
