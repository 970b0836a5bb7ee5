using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary><c>contentlint/preview</c>: the post under the cursor as each channel shows it.</summary>
public sealed class PreviewHandlerTests
{
    private static async Task<JsonElement> PreviewAsync(string uri, string text, int line, string languageId = "markdown", string? locale = null)
    {
        await using var client = await LspTestClient.StartAsync(locale: locale);
        await client.OpenAsync(uri, text, languageId: languageId);
        return await client.RequestAsync("contentlint/preview", new { textDocument = new { uri }, position = new { line, character = 0 } });
    }

    [Fact]
    public async Task A_linkedin_post_folds_after_the_channels_fold_with_its_hashtags_and_links()
    {
        var body = $"Bonjour #lancement {new string('a', 250)} https://example.com/page";
        var preview = await PreviewAsync("file:///ws/post.md", $"---\nchannel: linkedin\n---\n{body}\n", 3);

        var channel = Assert.Single(preview.GetProperty("channels").EnumerateArray());
        Assert.Equal("linkedin", channel.GetProperty("channel").GetString());
        Assert.Equal(210, channel.GetProperty("fold").GetInt32());
        Assert.Contains("After 210 characters", channel.GetProperty("counting").GetString(), StringComparison.Ordinal);
        var part = Assert.Single(channel.GetProperty("parts").EnumerateArray());
        Assert.Equal(body, part.GetProperty("text").GetString());
        Assert.Equal(210, part.GetProperty("foldAt").GetInt32());
        Assert.False(part.TryGetProperty("part", out _));
        var spans = part.GetProperty("spans").EnumerateArray().Where(s => s.GetProperty("kind").GetString() != "finding").ToList();
        Assert.Equal(["hashtag", "link"], spans.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal((8, 18), (spans[0].GetProperty("start").GetInt32(), spans[0].GetProperty("end").GetInt32()));
        Assert.False(spans[1].TryGetProperty("display", out _)); // LinkedIn shows a link as written
    }

    [Fact]
    public async Task An_x_thread_lists_each_part_with_its_count_and_shortens_links_as_x_does()
    {
        const string calendar = """
            posts:
              - id: other
                channel: x
                text: Autre
              - id: fil
                channel: x
                thread:
                  - "Un lien https://www.example.com/a/very/long/path/indeed pour @marie"
                  - "Deux"
                  - "Trois"
            """;
        var preview = await PreviewAsync("file:///ws/plan.posts.yaml", calendar, 8, languageId: "yaml");

        Assert.Equal("fil", preview.GetProperty("id").GetString());
        var parts = Assert.Single(preview.GetProperty("channels").EnumerateArray()).GetProperty("parts").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], parts.Select(p => p.GetProperty("part").GetInt32()));
        Assert.Equal([8 + 23 + 12, 4, 5], parts.Select(p => p.GetProperty("count").GetInt32()));
        Assert.All(parts, p => Assert.False(p.TryGetProperty("foldAt", out _)));
        var spans = parts[0].GetProperty("spans").EnumerateArray().ToList();
        Assert.Equal(["link", "mention"], spans.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal("example.com/a/very/long…", spans[0].GetProperty("display").GetString());
    }

    [Fact]
    public async Task Findings_are_placed_in_the_published_text_with_their_message()
    {
        var preview = await PreviewAsync("file:///ws/post.md", $"---\nchannel: x\n---\n**{new string('a', 290)}**\n", 3, locale: "fr");

        var spans = Assert.Single(Assert.Single(preview.GetProperty("channels").EnumerateArray()).GetProperty("parts").EnumerateArray()).GetProperty("spans").EnumerateArray();
        var finding = Assert.Single(spans, s => s.GetProperty("code").GetString() == "CL1002");
        Assert.Equal("finding", finding.GetProperty("kind").GetString());
        Assert.Equal((280, 290), (finding.GetProperty("start").GetInt32(), finding.GetProperty("end").GetInt32()));
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.StartsWith("Trop long pour X", finding.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_without_posts_has_no_preview()
    {
        var preview = await PreviewAsync("file:///ws/README.md", "# Notes\n", 0);

        Assert.Equal(JsonValueKind.Null, preview.ValueKind);
    }
}
