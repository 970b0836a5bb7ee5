using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class DocumentSymbolsHandlerTests
{
    [Fact]
    public async Task A_calendar_outline_has_one_symbol_per_post_with_id_channel_and_count()
    {
        const string uri = "file:///ws/plan.posts.yaml";
        const string calendar = "posts:\n  - id: first\n    channel: x\n    publish_at: 2026-12-01T09:00:00+00:00\n    text: Bonjour\n  - id: second\n    channels: [mastodon, x]\n    text: Salut\n";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, calendar, languageId: "yaml");

        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } })).EnumerateArray().ToList();

        Assert.Equal(["first", "second"], symbols.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("x 7/280 — 2026-12-01 09:00", symbols[0].GetProperty("detail").GetString());
        Assert.Equal("mastodon 5/500 · x 5/280", symbols[1].GetProperty("detail").GetString());
        Assert.Equal(1, symbols[0].GetProperty("selectionRange").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(8, symbols[0].GetProperty("selectionRange").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(24, symbols[0].GetProperty("kind").GetInt32());
    }
}
