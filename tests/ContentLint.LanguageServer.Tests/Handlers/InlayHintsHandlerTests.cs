using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class InlayHintsHandlerTests
{
    [Fact]
    public async Task Each_post_text_ends_with_its_count_over_limit()
    {
        const string uri = "file:///ws/plan.posts.yaml";
        const string calendar = "posts:\n  - id: a\n    channel: x\n    text: |-\n      Bonjour\n      à tous\n  - id: b\n    channels: [x, bluesky]\n    text: Salut\n";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, calendar, languageId: "yaml");

        var hints = (await client.RequestAsync("textDocument/inlayHint", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 100, character = 0 } },
        })).EnumerateArray().ToList();

        Assert.Equal(2, hints.Count);
        Assert.Equal("14/280", hints[0].GetProperty("label").GetString());
        Assert.Equal(5, hints[0].GetProperty("position").GetProperty("line").GetInt32());
        Assert.Equal(12, hints[0].GetProperty("position").GetProperty("character").GetInt32());
        Assert.Equal("x 5/280 · bluesky 5/300", hints[1].GetProperty("label").GetString());
        Assert.Contains("Bluesky counts characters as you see them", hints[1].GetProperty("tooltip").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hints_outside_the_requested_range_are_left_out()
    {
        const string uri = "file:///ws/post.md";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, "---\nchannel: x\n---\nHi\n");

        var hints = await client.RequestAsync("textDocument/inlayHint", new
        {
            textDocument = new { uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 1, character = 0 } },
        });

        Assert.Empty(hints.EnumerateArray());
    }
}
