using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class TextDocumentSyncHandlerTests
{
    private const string Uri = "file:///ws/posts/post.md";

    [Fact]
    public async Task Incremental_changes_apply_in_order_on_the_open_version()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: linkedn\n---\nBonjour\n");
        await client.DiagnosticsAsync(Uri, 1);

        // Two edits in one notification: the second's position is in the text after the first.
        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(1, 9, 1, 16, "x"), LspTestClient.Edit(1, 10, 1, 10, "-typo"));
        var typo = await client.DiagnosticsAsync(Uri, 2);
        await client.ChangeAsync(Uri, 3, LspTestClient.Edit(1, 10, 1, 15, string.Empty));
        var fixedPost = await client.DiagnosticsAsync(Uri, 3);

        Assert.Contains("'x-typo'", typo.GetProperty("diagnostics")[0].GetProperty("message").GetString());
        Assert.Empty(fixedPost.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task Positions_are_utf16_code_units()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: x\n---\n👋 Hello\n");

        // 👋 is two UTF-16 code units: character 3 is after "👋 ".
        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(3, 3, 3, 8, "Bye"));
        var stats = await client.PostStatsAsync(Uri, 2);

        // X counts the emoji as 2: "👋 Bye" = 2 + 1 + 3.
        Assert.Equal(6, stats.GetProperty("posts")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_whole_text_change_replaces_the_document()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: x\n---\nHi\n");

        await client.ChangeAsync(Uri, 2, new { text = "---\nchannel: nope\n---\nHi\n" });

        Assert.Equal(["CL1001"], LspTestClient.Codes(await client.DiagnosticsAsync(Uri, 2)));
    }

    [Fact]
    public async Task A_change_for_an_unknown_document_is_logged_and_ignored()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.ChangeAsync("file:///ws/never-opened.md", 2, LspTestClient.Edit(0, 0, 0, 0, "x"));

        var log = await client.Listener.WaitAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("never-opened.md, which is not open", StringComparison.Ordinal));
        Assert.Equal(2, log.GetProperty("type").GetInt32());
        Assert.DoesNotContain(client.Listener.Received, r => r.Method == "textDocument/publishDiagnostics");
        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task Close_publishes_empty_diagnostics_and_forgets_the_document()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: linkedn\n---\nHi\n");
        await client.DiagnosticsAsync(Uri, 1);
        var mark = client.Listener.Count;

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        var closed = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == Uri, mark);

        Assert.Empty(closed.GetProperty("diagnostics").EnumerateArray());
        Assert.False(closed.TryGetProperty("version", out _));
        await RpcAssert.ErrorAsync(-32602, () => client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }));
    }

    [Fact]
    public async Task Save_of_a_post_changes_nothing_and_files_that_are_not_posts_get_no_findings()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync("file:///ws/docker-compose.yaml", "services: {", languageId: "yaml");
        await client.OpenAsync("file:///ws/README.md", "# Read me\n");

        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = "file:///ws/README.md" } });

        Assert.Empty(LspTestClient.Codes(await client.DiagnosticsAsync("file:///ws/docker-compose.yaml", 1)));
        Assert.Empty(LspTestClient.Codes(await client.DiagnosticsAsync("file:///ws/README.md", 1)));
    }
}
