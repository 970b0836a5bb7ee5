using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class HoverHandlerTests
{
    private const string Uri = "file:///ws/posts/a.md";

    private static async Task<string?> HoverAsync(LspTestClient client, int line, int character)
    {
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line, character } });
        return hover.ValueKind == System.Text.Json.JsonValueKind.Null ? null : hover.GetProperty("contents").GetProperty("value").GetString();
    }

    [Fact]
    public async Task Hover_on_a_finding_shows_the_rule_title_explanation_and_link()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: x\ntyp: promo\n---\nHi\n");
        await client.DiagnosticsAsync(Uri, 1);

        var markdown = await HoverAsync(client, 2, 1);

        Assert.NotNull(markdown);
        Assert.Contains("**CL0009** `unknown-field`", markdown);
        Assert.Contains("Unknown field 'typ'; did you mean 'type'?", markdown);
        Assert.Contains("[CL0009 documentation](https://contentlint.dev/rules/CL0009)", markdown);
    }

    [Fact]
    public async Task Hover_on_the_channel_field_shows_count_limit_and_method()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: x\n---\nBonjour 👋\n");

        var markdown = await HoverAsync(client, 1, 9);

        Assert.NotNull(markdown);
        Assert.Contains("**X**: limit 280, counted as X weighted length (twitter-text v3)", markdown);
        Assert.Contains("- text: 10/280", markdown);
    }

    [Fact]
    public async Task Hover_elsewhere_is_null()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: x\n---\nBonjour\n");

        Assert.Null(await HoverAsync(client, 3, 2));
    }
}
