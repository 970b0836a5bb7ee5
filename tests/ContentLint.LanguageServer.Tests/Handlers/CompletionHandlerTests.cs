using ContentLint.LanguageServer.Handlers.Completion;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class CompletionHandlerTests
{
    private static async Task<string[]> LabelsAsync(LspTestClient client, string uri, int line, int character) =>
        [.. (await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line, character } }))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!)];

    [Fact]
    public async Task Front_matter_keys_and_values_are_completed()
    {
        const string uri = "file:///ws/post.md";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, "---\nchannel: \ntype: \npu\n---\nBody\n");

        var channels = await LabelsAsync(client, uri, 1, 9);
        var types = await LabelsAsync(client, uri, 2, 6);
        var keys = await LabelsAsync(client, uri, 3, 2);
        var body = await LabelsAsync(client, uri, 5, 2);

        Assert.Contains("x", channels);
        Assert.Contains("linkedin", channels);
        Assert.Equal(["promo", "dialogue"], types);
        Assert.Contains("publish_at", keys);
        Assert.DoesNotContain("text", keys);
        Assert.Empty(body);
    }

    [Fact]
    public async Task Calendar_sections_entry_keys_variants_and_configured_channels_are_completed()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "channels:\n  intranet: {method: graphemes, limit: 1000}\nfields: [campaign]\n");
        var uri = workspace.Uri("plan.posts.yaml");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, "\nposts:\n  - \n    variants:\n      \n    channels:\n      - \n", languageId: "yaml");

        Assert.Equal(["defaults", "posts"], await LabelsAsync(client, uri, 0, 0));
        var entry = await LabelsAsync(client, uri, 2, 4);
        Assert.Contains("text", entry);
        Assert.Contains("campaign", entry);
        Assert.Contains("intranet", await LabelsAsync(client, uri, 4, 6));
        Assert.Contains("mastodon", await LabelsAsync(client, uri, 6, 8));
    }

    [Fact]
    public async Task Personas_and_languages_already_used_in_open_posts_are_offered()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync("file:///ws/a.md", "---\nchannel: x\npersona: careers\nlang: fr\n---\nHi\n");
        await client.DiagnosticsAsync("file:///ws/a.md", 1);
        await client.OpenAsync("file:///ws/b.md", "---\npersona: \nlang: \n---\n");

        Assert.Equal(["careers"], await LabelsAsync(client, "file:///ws/b.md", 1, 9));
        Assert.Contains("fr", await LabelsAsync(client, "file:///ws/b.md", 2, 6));
    }

    [Fact]
    public void Every_offered_key_is_accepted_by_the_parser()
    {
        foreach (var key in PostFieldCompletion.PostKeys)
        {
            var value = key switch { "channels" => "[x]", "thread" => "false", "type" => "promo", "publish_at" => "2026-12-01", "variants" => "{x: Hi}", "contentlint" => "{disable: [CL1002]}", _ => "x" };
            var text = key == "channel" ? $"---\nchannel: x\n---\nHi\n" : $"---\nchannel: x\n{key}: {value}\n---\nHi\n";

            Assert.DoesNotContain("CL0009", LspEdits.Lint("/ws/a.md", text));
        }
    }
}
