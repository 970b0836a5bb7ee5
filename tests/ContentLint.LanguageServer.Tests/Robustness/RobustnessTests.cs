using System.Text;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Robustness;

/// <summary>Bad input of every kind gets a JSON-RPC error or is ignored; the server answers afterwards.</summary>
public sealed class RobustnessTests
{
    private const string Uri = "file:///ws/posts/a.md";

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":")]
    [InlineData("\"just a string\"")]
    [InlineData("[1,2,3]")]
    public async Task Malformed_json_gets_a_parse_error_and_the_server_goes_on(string body)
    {
        await using var client = await LspTestClient.StartAsync();

        await client.SendRawAsync(body);

        await client.Listener.WaitAsync("window/logMessage", p => p.GetProperty("message").GetString()!.StartsWith("Malformed message", StringComparison.Ordinal));
        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task An_unknown_method_is_MethodNotFound_and_an_unknown_notification_is_ignored()
    {
        await using var client = await LspTestClient.StartAsync();

        await RpcAssert.ErrorAsync(-32601, () => client.RequestAsync("textDocument/unknownThing", new { }));
        await client.NotifyAsync("$/unknownNotification", new { });
        await client.NotifyAsync("custom/whatever", new { x = 1 });

        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task Parameters_of_the_wrong_shape_are_InvalidParams()
    {
        await using var client = await LspTestClient.StartAsync();

        await RpcAssert.ErrorAsync(-32602, () => client.RequestAsync("textDocument/hover", new { textDocument = 42, position = "top" }));
        await RpcAssert.ErrorAsync(-32602, () => client.RequestAsync("textDocument/hover", new { }));
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = (object?)null });
        await client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri }, contentChanges = "nope" });

        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task Notifications_and_requests_for_unopened_documents_are_logged_or_rejected()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(0, 0, 0, 0, "x"));
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = Uri } });
        await RpcAssert.ErrorAsync(-32602, () => client.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri = Uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 1, character = 0 } } }));

        await client.Listener.WaitAsync("window/logMessage", p => p.GetProperty("message").GetString()!.StartsWith("didClose for", StringComparison.Ordinal));
        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task Out_of_range_edits_are_clamped_to_the_document_and_logged()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: x\n---\nHi\n");

        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(3, 2, 3, 99, "!"));
        await client.ChangeAsync(Uri, 3, LspTestClient.Edit(500, 0, 600, 0, " "));
        await client.ChangeAsync(Uri, 4, LspTestClient.Edit(3, 3, 3, 1, string.Empty));
        await client.ChangeAsync(Uri, 5, LspTestClient.Edit(-4, -1, 0, 0, string.Empty));

        var stats = await client.PostStatsAsync(Uri, 5);
        // "Hi" → "Hi!" (end clamped) → "Hi!\n " (past the end: appended) → "H" (reversed range: swapped) → unchanged (negative: start).
        Assert.Equal(1, stats.GetProperty("posts")[0].GetProperty("count").GetInt32());
        await client.Listener.WaitAsync("window/logMessage", p => p.GetProperty("message").GetString()!.Contains("outside the document", StringComparison.Ordinal));
        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task A_5_MB_document_is_checked()
    {
        await using var client = await LspTestClient.StartAsync();
        var body = new StringBuilder();
        while (body.Length < 5 * 1024 * 1024)
        {
            body.Append("Une phrase de plus dans un très long billet, avec un lien https://example.com/page et un emoji 🎁.\n\n");
        }

        await client.OpenAsync(Uri, "---\nchannel: linkedin\n---\n" + body);
        var published = await client.DiagnosticsAsync(Uri, 1);

        Assert.Contains("CL1002", LspTestClient.Codes(published));
        await client.AssertAliveAsync();
    }

    [Fact]
    public async Task A_flood_of_changes_ends_with_the_last_version_published()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "---\nchannel: x\n---\n\n");

        const int last = 2_001;
        var changes = Enumerable.Range(2, last - 1).Select(v => client.ChangeAsync(Uri, v, LspTestClient.Edit(3, 0, 3, 0, "a"))).ToList();
        await Task.WhenAll(changes);

        var stats = await client.PostStatsAsync(Uri, last);
        Assert.Equal(last - 1, stats.GetProperty("posts")[0].GetProperty("count").GetInt32());
        var versions = client.Listener.Received.Where(r => r.Method == "textDocument/publishDiagnostics").Select(r => r.Params.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(versions.Order(), versions);
        await client.AssertAliveAsync();
    }
}
