using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary>The server follows <c>initialize.params.locale</c> (VS Code's display language).</summary>
public sealed class LocaleTests
{
    private const string Uri = "file:///ws/posts/a.md";
    private const string Text = "---\nchannel: linkdin\ntyp: promo\n---\nBonjour\n";

    [Fact]
    public async Task Published_diagnostics_and_hovers_are_french_with_locale_fr()
    {
        await using var client = await LspTestClient.StartAsync(locale: "fr");
        await client.OpenAsync(Uri, Text);

        var publish = await client.DiagnosticsAsync(Uri, 1);
        var messages = publish.GetProperty("diagnostics").EnumerateArray().ToDictionary(d => d.GetProperty("code").GetString()!, d => d.GetProperty("message").GetString());
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 2, character = 1 } });
        var markdown = hover.GetProperty("contents").GetProperty("value").GetString();

        Assert.Equal("Canal inconnu «\u202Flinkdin\u202F»\u202F; vouliez-vous dire «\u202Flinkedin\u202F»\u00A0?", messages["CL1001"]);
        Assert.Equal("Champ inconnu «\u202Ftyp\u202F»\u202F; vouliez-vous dire «\u202Ftype\u202F»\u00A0?", messages["CL0009"]);
        Assert.Contains("**CL0009** `unknown-field` (error): Les champs d’une publication doivent être connus ou déclarés dans la configuration.", markdown, StringComparison.Ordinal);
        Assert.Contains("Champ inconnu «\u202Ftyp\u202F»", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr-ca", "Canal inconnu")]
    [InlineData("en-us", "Unknown channel 'linkdin'")]
    [InlineData("de", "Unknown channel 'linkdin'")]
    [InlineData(null, "Unknown channel 'linkdin'")]
    public async Task Other_locales_reduce_to_their_language_or_english(string? locale, string expected)
    {
        await using var client = await LspTestClient.StartAsync(locale: locale);
        await client.OpenAsync(Uri, Text);

        var publish = await client.DiagnosticsAsync(Uri, 1);

        Assert.Contains(publish.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("message").GetString()!.StartsWith(expected, StringComparison.Ordinal));
    }
}
