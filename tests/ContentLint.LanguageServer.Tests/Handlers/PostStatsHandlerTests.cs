using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class PostStatsHandlerTests
{
    private const string Uri = "file:///ws/plan.posts.yaml";
    private const string Calendar = """
        posts:
          - id: hello
            channels: [x, mastodon]
            text: Bonjour à tous
          - id: fil
            channel: threads
            thread:
              - "Un"
              - "Deux"
        """;

    [Fact]
    public async Task PostStats_is_sent_after_each_check_with_range_channel_count_limit_method()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(Uri, Calendar, languageId: "yaml");
        var stats = await client.PostStatsAsync(Uri, 1);

        var posts = stats.GetProperty("posts").EnumerateArray().ToList();
        Assert.Equal(4, posts.Count);
        var x = posts[0];
        Assert.Equal("hello", x.GetProperty("id").GetString());
        Assert.Equal("x", x.GetProperty("channel").GetString());
        Assert.Equal(14, x.GetProperty("count").GetInt32());
        Assert.Equal(280, x.GetProperty("limit").GetInt32());
        Assert.Equal("X weighted length (twitter-text v3)", x.GetProperty("method").GetString());
        Assert.False(x.GetProperty("overLimit").GetBoolean());
        Assert.Equal(3, x.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(10, x.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(24, x.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
        Assert.Equal("mastodon", posts[1].GetProperty("channel").GetString());
        Assert.Equal([1, 2], posts.Skip(2).Select(p => p.GetProperty("part").GetInt32()));
    }

    [Fact]
    public async Task PostStats_carries_each_channels_display_names_from_the_channels_data()
    {
        await using var client = await LspTestClient.StartAsync();
        const string uri = "file:///ws/names.posts.yaml";

        await client.OpenAsync(uri, "posts:\n  - id: a\n    channels: [linkedin, twitter, tiktok]\n    text: Bonjour\n", languageId: "yaml");
        var posts = (await client.PostStatsAsync(uri, 1)).GetProperty("posts").EnumerateArray().ToList();

        var names = posts.Select(p => (p.GetProperty("channel").GetString(), p.GetProperty("displayName").GetString(), p.GetProperty("displayNameFr").GetString()));
        Assert.Equal([("linkedin", "LinkedIn", "LinkedIn"), ("x", "X", "X"), ("tiktok", "TikTok", "TikTok")], names);
    }

    [Fact]
    public async Task DocumentPostStats_returns_the_same_on_demand()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Calendar, languageId: "yaml");
        var pushed = await client.PostStatsAsync(Uri, 1);

        var pulled = await client.RequestAsync("contentlint/documentPostStats", new { textDocument = new { uri = Uri } });

        Assert.Equal(pushed.GetRawText(), pulled.GetRawText());
    }
}
