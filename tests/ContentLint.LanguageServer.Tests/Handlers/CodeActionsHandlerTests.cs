using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class CodeActionsHandlerTests
{
    private static async Task<JsonElement[]> ActionsAsync(LspTestClient client, string uri, int line, int character = 0, int endCharacter = 0) =>
        [.. (await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = new { line, character }, end = new { line, character = Math.Max(character, endCharacter) } },
            context = new { diagnostics = Array.Empty<object>() },
        })).EnumerateArray()];

    private static JsonElement Titled(JsonElement[] actions, string start) =>
        actions.Single(a => a.GetProperty("title").GetString()!.StartsWith(start, StringComparison.Ordinal));

    [Fact]
    public async Task A_rule_fix_is_a_preferred_quick_fix_with_its_diagnostic()
    {
        const string uri = "file:///ws/posts/a.md";
        const string text = "---\nchannel: linkedn\n---\nBonjour\n";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, text);
        await client.DiagnosticsAsync(uri, 1);

        var fix = Titled(await ActionsAsync(client, uri, 1, 10), "Replace 'linkedn' with 'linkedin'");

        Assert.Equal("quickfix", fix.GetProperty("kind").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        Assert.Equal("CL1001", fix.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal("---\nchannel: linkedin\n---\nBonjour\n", LspEdits.Apply(text, fix, uri));
    }

    [Fact]
    public async Task Edits_are_versioned_when_the_client_supports_document_changes()
    {
        const string uri = "file:///ws/posts/a.md";
        await using var client = await LspTestClient.StartAsync(new { workspace = new { workspaceEdit = new { documentChanges = true } } });
        await client.OpenAsync(uri, "---\nchannel: linkedn\n---\nBonjour\n", version: 4);
        await client.DiagnosticsAsync(uri, 4);

        var fix = Titled(await ActionsAsync(client, uri, 1, 10), "Replace");

        Assert.Equal(4, fix.GetProperty("edit").GetProperty("documentChanges")[0].GetProperty("textDocument").GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("body", "---\nchannel: x\n---\nFirst line of the post.\nSecond line with 𝕏 and a bad char \uFFFE here.\n", 4, "First line of the post. <!-- contentlint-disable-next-line CL1009 -- TODO: reason -->")]
    [InlineData("paragraph start", "---\nchannel: x\n---\n\nBad \uFFFE char.\n", 4, "<!-- contentlint-disable-next-line CL1009 -- TODO: reason -->\nBad")]
    [InlineData("front matter", "---\nchannel: linkedn\n---\nBonjour\n", 1, "---\n# contentlint-disable-next-line CL1001 -- TODO: reason\nchannel: linkedn")]
    public async Task Suppress_on_this_line_uses_the_markdown_syntax_of_the_place(string where, string text, int line, string expected)
    {
        var uri = $"file:///ws/posts/{where.Replace(' ', '-')}.md";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, text);
        var published = await client.DiagnosticsAsync(uri, 1);
        var rule = published.GetProperty("diagnostics")[0].GetProperty("code").GetString()!;

        var suppress = Titled(await ActionsAsync(client, uri, line, 0, 200), $"Suppress {rule} on this line (with a reason)");
        var after = LspEdits.Apply(text, suppress, uri);

        Assert.Contains(expected, after);
        Assert.Empty(LspEdits.Lint($"/ws/posts/{where}.md", after));
    }

    [Fact]
    public async Task Suppress_in_a_calendar_block_scalar_goes_above_its_key()
    {
        const string uri = "file:///ws/plan.posts.yaml";
        const string text = "posts:\n  - id: one\n    channel: x\n    text: |\n      Hello\n      bad \uFFFE char\n";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, text, languageId: "yaml");
        await client.DiagnosticsAsync(uri, 1);

        var suppress = Titled(await ActionsAsync(client, uri, 5, 0, 20), "Suppress CL1009");
        var after = LspEdits.Apply(text, suppress, uri);

        Assert.Contains("    channel: x\n    # contentlint-disable-next-line CL1009 -- TODO: reason\n    text: |", after);
        Assert.Empty(LspEdits.Lint("/ws/plan.posts.yaml", after));
    }

    [Fact]
    public async Task Split_into_thread_is_offered_for_a_post_over_the_limit()
    {
        const string uri = "file:///ws/posts/long.md";
        var sentence = "This sentence is here to make the post longer than X allows. ";
        var text = "---\nchannel: x\n---\n" + string.Concat(Enumerable.Repeat(sentence, 6)).TrimEnd() + "\n";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, text);
        Assert.Contains("CL1002", LspTestClient.Codes(await client.DiagnosticsAsync(uri, 1)));

        var split = Titled(await ActionsAsync(client, uri, 3, 300, 300), "Split into a thread of 2 parts");
        var after = LspEdits.Apply(text, split, uri);

        Assert.Contains("thread: true", after);
        Assert.Contains("\n---\n", after[20..]);
        Assert.Empty(LspEdits.Lint("/ws/posts/long.md", after));
    }

    [Fact]
    public async Task Fix_all_applies_every_fix_of_one_rule_in_the_document()
    {
        const string uri = "file:///ws/two.posts.yaml";
        const string text = "posts:\n  - id: a\n    channel: linkedn\n    text: Un\n  - id: b\n    channel: mastodn\n    text: Deux\n";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, text, languageId: "yaml");
        await client.DiagnosticsAsync(uri, 1);

        var fixAll = Titled(await ActionsAsync(client, uri, 2, 14), "Fix all CL1001 (unknown-channel) in this document: 2 fixes");
        var after = LspEdits.Apply(text, fixAll, uri);

        Assert.Contains("channel: linkedin", after);
        Assert.Contains("channel: mastodon", after);
        Assert.Empty(LspEdits.Lint("/ws/two.posts.yaml", after));
    }

    [Fact]
    public async Task No_action_comes_from_a_result_older_than_the_document()
    {
        var rule = new WaitRule();
        const string uri = "file:///ws/posts/a.md";
        await using var client = await LspTestClient.StartAsync(extraRules: [rule]);
        await client.OpenAsync(uri, "---\nchannel: linkedn\n---\nBonjour\n");
        await client.DiagnosticsAsync(uri, 1);

        await client.ChangeAsync(uri, 2, LspTestClient.Edit(3, 0, 3, 7, "WAIT"));
        await rule.Started.Task.WaitAsync(NotificationListener.Timeout);

        Assert.Empty(await ActionsAsync(client, uri, 1, 10));
    }
}
