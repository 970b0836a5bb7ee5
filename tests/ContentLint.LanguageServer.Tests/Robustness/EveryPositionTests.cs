using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Robustness;

/// <summary>Position requests at every position of unusual documents (broken YAML, every scalar style, CRLF, tabs, a BOM) answer without an error.</summary>
public sealed class EveryPositionTests
{
    public static TheoryData<string, string> Documents() => new()
    {
        { "file:///ws/a.posts.yaml", "posts:\r\n  - id: a\r\n    channel: x\r\n    text: |+\r\n      Bonjour\r\n\r\n    thread:\r\n      - >-\r\n        Un\r\n      - \"Deux\\n\"\r\n    variants: {bluesky: 'Trois'}\r\n" },
        { "file:///ws/b.posts.yaml", "posts:\n  - id: [\n    text: |\n      - \n    lang: \"unterminated\n  - {text: \"a\n b\", channel\n" },
        { "file:///ws/c.posts.yaml", "\ufeffposts: &a [*a]\n\t- id: a\n-\n- - -\n  : |\n   x\n" },
        { "file:///ws/d.md", "---\nchannel: x\nalt: |\n  - a\ntitle: \"b\n  c\"\n---\nBody **bold**\n\n---\n\n[link](https://example.com)\n" },
        { "file:///ws/e.md", "---\nchannel: [x,\n  bluesky\n- \n" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Hover_completion_and_hints_answer_at_every_position(string uri, string text)
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, text, languageId: uri.EndsWith(".md", StringComparison.Ordinal) ? "markdown" : "yaml");
        var lines = text.Split('\n');

        for (var line = 0; line <= lines.Length; line++)
        {
            var length = line < lines.Length ? lines[line].Length : 0;
            for (var character = 0; character <= length + 1; character++)
            {
                var position = new { line, character };
                await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position });
                await client.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position });
            }
        }

        var hints = await client.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = lines.Length, character = 0 } } });
        Assert.Equal(System.Text.Json.JsonValueKind.Array, hints.ValueKind);
        await client.AssertAliveAsync();
    }
}
