using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

public sealed class WorkspaceHandlerTests
{
    private const string Post = "---\nchannel: linkedn\n---\nBonjour\n";

    [Fact]
    public async Task A_watched_configuration_change_reloads_it_and_rechecks_open_documents()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", "severity: {}\n");
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, Post);
        Assert.Equal(["CL1001"], LspTestClient.Codes(await client.DiagnosticsAsync(uri, 1)));

        workspace.Write("contentlint.yaml", "severity:\n  CL1001: off\n");
        var mark = client.Listener.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = config, type = 2 } } });

        var again = await client.DiagnosticsAsync(uri, 1, mark);
        Assert.Empty(LspTestClient.Codes(again));
    }

    [Fact]
    public async Task DidChangeConfiguration_reloads_and_clears_fixed_configuration_findings()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", "severty: {}\n");
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, Post);
        Assert.Equal(["CL0021"], LspTestClient.Codes(await client.DiagnosticsAsync(config)));

        workspace.Write("contentlint.yaml", "severity: {}\n");
        var mark = client.Listener.Count;
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { contentlint = new { debounceMs = 0 } } });

        Assert.Empty(LspTestClient.Codes(await client.DiagnosticsAsync(config, after: mark)));
        await client.DiagnosticsAsync(uri, 1, mark);
    }

    [Fact]
    public async Task A_deleted_configuration_gets_an_empty_publish()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", "severty: {}\n");
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, Post);
        await client.DiagnosticsAsync(config);

        File.Delete(workspace.Path("contentlint.yaml"));
        var mark = client.Listener.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = config, type = 3 } } });

        Assert.Empty(LspTestClient.Codes(await client.DiagnosticsAsync(config, after: mark)));
    }

    [Fact]
    public async Task Saving_the_configuration_reloads_it()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", "severity: {}\n");
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, Post);
        await client.DiagnosticsAsync(uri, 1);

        workspace.Write("contentlint.yaml", "severity:\n  CL1001: warning\n");
        var mark = client.Listener.Count;
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = config } });

        var again = await client.DiagnosticsAsync(uri, 1, mark);
        Assert.Equal(2, again.GetProperty("diagnostics")[0].GetProperty("severity").GetInt32());
    }

    [Fact]
    public async Task Clients_with_dynamic_registration_are_asked_to_watch_the_configuration()
    {
        await using var client = await LspTestClient.StartAsync(new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });

        var registration = await client.Listener.WaitAsync("client/registerCapability", _ => true);

        var watchers = registration.GetProperty("registrations")[0].GetProperty("registerOptions").GetProperty("watchers");
        Assert.Contains("**/contentlint.yaml", watchers.EnumerateArray().Select(w => w.GetProperty("globPattern").GetString()));
    }

    [Fact]
    public async Task Untrusted_workspaces_are_carried_to_the_linter_provider()
    {
        await using var client = await LspTestClient.StartAsync(initializationOptions: new { scripts = false, debounceMs = 0 });

        Assert.Contains("scripts off", client.ServerLog);
        await client.AssertAliveAsync();
    }
}
