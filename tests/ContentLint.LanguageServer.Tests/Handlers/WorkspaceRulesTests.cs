using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary>Rule packs in the language server: declarative and script rules of rules:, batch rules over the workspace, untrusted mode, reloads.</summary>
public sealed class WorkspaceRulesTests
{
    private static string Example(string name) =>
        File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, "docs", "examples", name));

    private static string Promo(string date) => $"---\nchannel: x\npersona: brand\ntype: promo\npublish_at: {date}\n---\nBuy now on Linkedin.\n";

    [Fact]
    public async Task Declarative_rules_of_the_workspace_apply_to_open_documents()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "rules: [rules]\n");
        workspace.Write("rules/ACME002.brand-spelling.yaml", Example("declarative/ACME002.brand-spelling.yaml"));
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(uri, "---\nchannel: x\n---\nFollow us on Linkedin.\n");

        Assert.Contains("ACME002", LspTestClient.Codes(await client.DiagnosticsAsync(uri, 1)));
    }

    [Fact]
    public async Task Batch_rules_run_over_the_workspace_and_publish_on_open_and_closed_files()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "rules: [rules]\n");
        workspace.Write("rules/ACME005.promo-ratio.yaml", Example("declarative/ACME005.promo-ratio.yaml"));
        workspace.Write("posts/earlier.md", Promo("2026-12-07"));
        workspace.Write("posts/later.md", Promo("2026-12-08"));
        workspace.Write("posts/other-week.md", Promo("2026-12-23"));
        var open = workspace.Uri("posts/later.md");
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(open, Promo("2026-12-08"));
        var withBatch = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p =>
            p.GetProperty("uri").GetString() == open && LspTestClient.Codes(p).Contains("ACME005"));

        Assert.Contains("ACME005", LspTestClient.Codes(withBatch));
        Assert.DoesNotContain(client.Listener.Received, r => r.Method == "textDocument/publishDiagnostics"
            && r.Params.GetProperty("uri").GetString() == workspace.Uri("posts/earlier.md") && LspTestClient.Codes(r.Params).Contains("ACME005"));

        // Moving the open post to another week clears its batch finding, and the closed post that now exceeds the share gets it.
        var mark = client.Listener.Count;
        await client.ChangeAsync(open, 2, LspTestClient.Edit(4, 12, 4, 22, "2026-12-22"));
        var cleared = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p =>
            p.GetProperty("uri").GetString() == open && p.GetProperty("version").ValueKind != System.Text.Json.JsonValueKind.Null && p.GetProperty("version").GetInt32() == 2 && !LspTestClient.Codes(p).Contains("ACME005"), mark);
        var closed = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p =>
            p.GetProperty("uri").GetString() == workspace.Uri("posts/other-week.md") && LspTestClient.Codes(p).Contains("ACME005"), mark);

        Assert.DoesNotContain("ACME005", LspTestClient.Codes(cleared));
        Assert.Equal(["ACME005"], LspTestClient.Codes(closed));
    }

    [Fact]
    public async Task Script_rules_run_when_trusted_and_are_skipped_in_an_untrusted_workspace()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "rules: [rules]\n");
        var script = workspace.Write("rules/ACME001.no-competitor.csx", Example("scripts/ACME001.no-competitor.csx"));
        var post = "---\nchannel: x\n---\nWe beat Globex.\n";

        await using (var trusted = await LspTestClient.StartAsync())
        {
            var uri = workspace.Uri("posts/a.md");
            await trusted.OpenAsync(uri, post);
            Assert.Contains("ACME001", LspTestClient.Codes(await trusted.DiagnosticsAsync(uri, 1)));
        }

        await using var untrusted = await LspTestClient.StartAsync(initializationOptions: new { scripts = false });
        var other = workspace.Uri("posts/b.md");
        await untrusted.OpenAsync(other, post);
        Assert.DoesNotContain("ACME001", LspTestClient.Codes(await untrusted.DiagnosticsAsync(other, 1)));
        Assert.Equal(["CL0035"], LspTestClient.Codes(await untrusted.DiagnosticsAsync(script)));
    }

    [Fact]
    public async Task An_edited_script_is_recompiled_and_open_documents_are_rechecked()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "rules: [rules]\n");
        var source = Example("scripts/ACME001.no-competitor.csx");
        var script = workspace.Write("rules/ACME001.no-competitor.csx", source);
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, "---\nchannel: x\n---\nWe beat Globex and Hooli.\n");
        Assert.Single(LspTestClient.Codes(await client.DiagnosticsAsync(uri, 1)), "ACME001");

        workspace.Write("rules/ACME001.no-competitor.csx", source.Replace("[Globex, Initech]", "[Globex, Initech, Hooli]", StringComparison.Ordinal));
        var mark = client.Listener.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = script, type = 2 } } });

        var after = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p =>
            p.GetProperty("uri").GetString() == uri && LspTestClient.Codes(p).Count(c => c == "ACME001") == 2, mark);
        Assert.Equal(2, LspTestClient.Codes(after).Count(c => c == "ACME001"));
    }
}
