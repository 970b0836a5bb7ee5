using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class DiagnosticsHandlerTests
{
    private const string Uri = "file:///ws/posts/soldes.md";
    private const string Post = "---\nchannel: linkedn\ntyp: promo\n---\nLes soldes commencent vendredi.\n";

    [Fact]
    public async Task Diagnostics_are_pushed_with_the_document_version()
    {
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(Uri, Post, version: 7);
        var published = await client.DiagnosticsAsync(Uri, 7);

        Assert.Equal(["CL1001", "CL0009"], LspTestClient.Codes(published));
        var first = published.GetProperty("diagnostics")[0];
        Assert.Equal(1, first.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(9, first.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(1, first.GetProperty("severity").GetInt32());
        Assert.Equal("contentlint", first.GetProperty("source").GetString());
        Assert.Equal("https://contentlint.dev/rules/CL1001", first.GetProperty("codeDescription").GetProperty("href").GetString());
    }

    [Fact]
    public async Task A_superseded_run_is_cancelled_and_never_published()
    {
        var rule = new WaitRule();
        await using var client = await LspTestClient.StartAsync(extraRules: [rule]);
        await client.OpenAsync(Uri, "---\nchannel: x\n---\nWAIT\n");
        await rule.Started.Task.WaitAsync(NotificationListener.Timeout);

        await client.ChangeAsync(Uri, 2, LspTestClient.Edit(3, 0, 3, 4, "Done"));
        await rule.Cancelled.Task.WaitAsync(NotificationListener.Timeout);
        await client.DiagnosticsAsync(Uri, 2);

        Assert.DoesNotContain(client.Listener.Received, r => r.Method == "textDocument/publishDiagnostics" && r.Params.GetProperty("version").GetInt32() == 1);
    }

    [Fact]
    public async Task The_debounce_is_configurable_and_the_last_of_quick_changes_is_published()
    {
        await using var client = await LspTestClient.StartAsync(initializationOptions: new { debounceMs = 50 });
        await client.OpenAsync(Uri, "---\nchannel: x\n---\nA\n");

        for (var version = 2; version <= 20; version++)
        {
            await client.ChangeAsync(Uri, version, LspTestClient.Edit(3, 0, 3, 1, version == 20 ? "Z" : "B"));
        }

        var stats = await client.PostStatsAsync(Uri, 20);
        Assert.Equal(1, stats.GetProperty("posts")[0].GetProperty("count").GetInt32());
        var versions = client.Listener.Received.Where(r => r.Method == "textDocument/publishDiagnostics").Select(r => r.Params.GetProperty("version").GetInt32()).ToList();
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task Pull_diagnostics_answer_clients_that_pull_and_nothing_is_pushed_to_them()
    {
        await using var client = await LspTestClient.StartAsync(new { textDocument = new { diagnostic = new { } } });
        await client.OpenAsync(Uri, Post);
        await client.PostStatsAsync(Uri, 1);

        var report = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri } });
        var again = await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Uri }, previousResultId = report.GetProperty("resultId").GetString() });

        Assert.Equal("full", report.GetProperty("kind").GetString());
        Assert.Equal(["CL1001", "CL0009"], report.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()));
        Assert.Equal("unchanged", again.GetProperty("kind").GetString());
        Assert.DoesNotContain(client.Listener.Received, r => r.Method == "textDocument/publishDiagnostics");
    }

    [Fact]
    public async Task Findings_on_the_configuration_are_published_on_contentlint_yaml()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", "severty:\n  CL1001: warning\n");
        var post = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(post, "---\nchannel: x\n---\nHi\n");
        var published = await client.DiagnosticsAsync(config);

        Assert.Equal(["CL0021"], LspTestClient.Codes(published));
        Assert.Contains("severity", published.GetProperty("diagnostics")[0].GetProperty("message").GetString());
    }
}
