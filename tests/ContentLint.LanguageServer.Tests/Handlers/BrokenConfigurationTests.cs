using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary>
/// A contentlint.yaml that does not read never silently turns the policy off: the last valid one stays
/// in use, the error is published on the file, and each open post says so (CL0024), pushed or pulled.
/// </summary>
public sealed class BrokenConfigurationTests
{
    private const string Valid = "confidential:\n  terms: [Falcon]\n";
    private const string Broken = "confidential:\n  terms: [Falcon\n";
    private const string Post = "---\nchannel: linkedin\n---\nFalcon ships soon.\n";
    private static readonly object PullCapabilities = new { textDocument = new { diagnostic = new { } } };

    [Fact]
    public async Task Pushed_without_a_previous_valid_configuration_each_post_says_the_defaults_are_in_use()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", Broken);
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(uri, Post);

        var post = await client.DiagnosticsAsync(uri, 1);
        Assert.Contains("CL0024", LspTestClient.Codes(post));
        Assert.DoesNotContain("CL2001", LspTestClient.Codes(post));
        Assert.Contains("may NOT be checked", Message(post, "CL0024"), StringComparison.Ordinal);
        Assert.Equal(1, Diagnostic(post, "CL0024").GetProperty("severity").GetInt32());
        Assert.Contains("CL0020", LspTestClient.Codes(await client.DiagnosticsAsync(config)));
    }

    [Fact]
    public async Task Pushed_with_a_previous_valid_configuration_it_stays_in_use_and_posts_say_so()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", Valid);
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, Post);
        Assert.Equal(["CL2001"], LspTestClient.Codes(await client.DiagnosticsAsync(uri, 1)));

        workspace.Write("contentlint.yaml", Broken);
        var mark = client.Listener.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = config, type = 2 } } });

        var post = await client.DiagnosticsAsync(uri, 1, mark);
        Assert.Contains("CL2001", LspTestClient.Codes(post));
        Assert.Contains("last valid configuration is in use", Message(post, "CL0024"), StringComparison.Ordinal);
        Assert.Contains("CL0020", LspTestClient.Codes(await client.DiagnosticsAsync(config, after: mark)));

        workspace.Write("contentlint.yaml", Valid);
        mark = client.Listener.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = config, type = 2 } } });
        Assert.Equal(["CL2001"], LspTestClient.Codes(await client.DiagnosticsAsync(uri, 1, mark)));
    }

    [Fact]
    public async Task Pulled_with_a_previous_valid_configuration_it_stays_in_use_and_posts_say_so()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", Valid);
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync(PullCapabilities);
        await client.OpenAsync(uri, Post);
        Assert.Equal(["CL2001"], Codes(await PullAsync(client, uri)));

        workspace.Write("contentlint.yaml", Broken);
        var mark = client.Listener.Count;
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = config, type = 2 } } });
        Assert.Contains("CL0020", LspTestClient.Codes(await client.DiagnosticsAsync(config, after: mark)));

        var codes = Codes(await PullAsync(client, uri));
        Assert.Contains("CL2001", codes);
        Assert.Contains("CL0024", codes);
    }

    [Fact]
    public async Task Pulled_without_a_previous_valid_configuration_each_post_says_so()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", Broken);
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync(PullCapabilities);
        await client.OpenAsync(uri, Post);

        var codes = Codes(await PullAsync(client, uri));

        Assert.Contains("CL0024", codes);
        Assert.DoesNotContain("CL2001", codes);
    }

    [Fact]
    public async Task The_configuration_error_is_not_replaced_by_an_empty_publish_when_the_file_is_open()
    {
        using var workspace = new TempWorkspace();
        var config = workspace.Write("contentlint.yaml", Broken);
        var uri = workspace.Uri("posts/a.md");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, Post);
        await client.DiagnosticsAsync(config);

        // Neovim opens the configuration as a document, then saves it (a reload).
        var mark = await client.OpenAsync(config, Broken, languageId: "yaml");
        await client.PostStatsAsync(config, 1, mark);
        var saved = client.Listener.Count;
        await client.NotifyAsync("textDocument/didSave", new { textDocument = new { uri = config } });
        await client.PostStatsAsync(config, 1, saved);

        var onConfig = client.Listener.Received.Skip(mark).Where(n => n.Method == "textDocument/publishDiagnostics" && Uri(n.Params) == config).ToList();
        Assert.All(onConfig, n => Assert.Contains("CL0020", LspTestClient.Codes(n.Params)));
    }

    [Fact]
    public async Task A_broken_nested_configuration_is_reported_on_its_file_and_the_company_policy_still_applies()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", Valid);
        var nested = workspace.Write("team/contentlint.yaml", "channels: [\n");
        var uri = workspace.Uri("team/a.md");
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(uri, Post);

        var codes = LspTestClient.Codes(await client.DiagnosticsAsync(uri, 1));
        Assert.Contains("CL0024", codes);
        Assert.Contains("CL2001", codes);
        Assert.Contains("CL0020", LspTestClient.Codes(await client.DiagnosticsAsync(nested)));
    }

    [Fact]
    public async Task A_nested_configuration_inherits_the_company_policy_in_the_editor()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", Valid);
        workspace.Write("team/contentlint.yaml", "confidential:\n  clients: [Acme]\n");
        var uri = workspace.Uri("team/a.md");
        await using var client = await LspTestClient.StartAsync();

        await client.OpenAsync(uri, "---\nchannel: linkedin\n---\nFalcon ships for Acme.\n");

        Assert.Equal(["CL2001", "CL2002"], LspTestClient.Codes(await client.DiagnosticsAsync(uri, 1)).Order(StringComparer.Ordinal));
    }

    private static async Task<JsonElement> PullAsync(LspTestClient client, string uri) =>
        await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri } });

    private static string[] Codes(JsonElement report) =>
        [.. report.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];

    private static JsonElement Diagnostic(JsonElement publish, string code) =>
        publish.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == code);

    private static string Message(JsonElement publish, string code) => Diagnostic(publish, code).GetProperty("message").GetString()!;

    private static string? Uri(JsonElement parameters) => parameters.GetProperty("uri").GetString();
}
