using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary><c>contentlint/checkWorkspace</c>: <c>contentlint check</c> over the folders, findings published on closed files, counts returned.</summary>
public sealed class CheckWorkspaceHandlerTests
{
    private const string UnknownChannel = "---\nchannel: linkedn\n---\nHello from the team.\n";
    private const string Clean = "---\nchannel: x\n---\nHello from the team.\n";

    private static TempWorkspace Posts()
    {
        var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "content: [\"posts/**/*.md\"]\n");
        workspace.Write("posts/bad.md", UnknownChannel);
        workspace.Write("posts/good.md", Clean);
        workspace.Write("posts/open.md", Clean);
        workspace.Write("notes/ignored.md", UnknownChannel);
        return workspace;
    }

    private static bool Versionless(JsonElement publish) =>
        !publish.TryGetProperty("version", out var version) || version.ValueKind == JsonValueKind.Null;

    [Fact]
    public async Task Checks_the_folder_publishes_closed_files_and_counts_open_ones_from_the_editor()
    {
        using var workspace = Posts();
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(workspace.Uri("posts/open.md"), UnknownChannel);
        await client.DiagnosticsAsync(workspace.Uri("posts/open.md"), 1);
        var mark = client.Listener.Count;

        var result = await client.RequestAsync("contentlint/checkWorkspace", new { folders = new[] { new Uri(workspace.Root).AbsoluteUri } });

        Assert.Equal((3, 3, 2, 2), (result.GetProperty("files").GetInt32(), result.GetProperty("posts").GetInt32(), result.GetProperty("filesWithFindings").GetInt32(), result.GetProperty("errors").GetInt32()));
        var bad = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == workspace.Uri("posts/bad.md"), mark);
        var good = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == workspace.Uri("posts/good.md"), mark);
        Assert.Equal(["CL1001"], LspTestClient.Codes(bad));
        Assert.True(Versionless(bad));
        Assert.Empty(LspTestClient.Codes(good));
        var published = client.Listener.Received.Skip(mark).Where(r => r.Method == "textDocument/publishDiagnostics").Select(r => r.Params.GetProperty("uri").GetString()).ToList();
        Assert.DoesNotContain(workspace.Uri("posts/open.md"), published);
        Assert.DoesNotContain(workspace.Uri("notes/ignored.md"), published);
    }

    [Fact]
    public async Task A_pulling_client_gets_the_check_findings_of_a_file_cleared_when_it_opens_it()
    {
        using var workspace = Posts();
        await using var client = await LspTestClient.StartAsync(new { textDocument = new { diagnostic = new { } } });
        var bad = workspace.Uri("posts/bad.md");
        await client.RequestAsync("contentlint/checkWorkspace", new { folders = new[] { new Uri(workspace.Root).AbsoluteUri } });
        var checkedBad = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == bad);
        Assert.Equal(["CL1001"], LspTestClient.Codes(checkedBad));

        var mark = await client.OpenAsync(bad, UnknownChannel);

        var cleared = await client.Listener.WaitAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == bad, mark);
        Assert.Empty(LspTestClient.Codes(cleared));
    }

    [Fact]
    public async Task A_configuration_with_errors_is_reported_and_its_files_are_not_checked()
    {
        using var workspace = Posts();
        workspace.Write("contentlint.yaml", "content: [\"posts/**/*.md\"]\nseverity: [\n");
        await using var client = await LspTestClient.StartAsync();

        var result = await client.RequestAsync("contentlint/checkWorkspace", new { folders = new[] { new Uri(workspace.Root).AbsoluteUri } });

        Assert.Equal((1, 0, 1), (result.GetProperty("files").GetInt32(), result.GetProperty("posts").GetInt32(), result.GetProperty("filesWithFindings").GetInt32()));
        Assert.True(result.GetProperty("errors").GetInt32() >= 1);
    }

    [Fact]
    public async Task Without_folders_it_uses_the_workspace_folders_and_without_any_it_is_refused()
    {
        await using var client = await LspTestClient.StartAsync();
        await RpcAssert.ErrorAsync(-32602, () => client.RequestAsync("contentlint/checkWorkspace", new { }));

        using var workspace = Posts();
        await using var withFolder = LspTestClient.Create();
        await withFolder.RequestAsync("initialize", new { capabilities = new { }, rootUri = new Uri(workspace.Root).AbsoluteUri });
        var result = await withFolder.RequestAsync("contentlint/checkWorkspace", new { });
        Assert.Equal(3, result.GetProperty("files").GetInt32());
    }
}
