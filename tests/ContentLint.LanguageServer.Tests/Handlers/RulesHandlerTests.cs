using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary><c>contentlint/rules</c>: the rules of a document's or folder's configuration, with their severity in force and origin.</summary>
public sealed class RulesHandlerTests
{
    /// <summary>A configuration with a rule folder holding ACME002, and CL4004 turned off.</summary>
    private static TempWorkspace WorkspaceWithUserRule()
    {
        var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "rules: [rules]\nseverity:\n  shouting: off\n");
        workspace.Write("rules/ACME002.brand-spelling.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "examples", "declarative", "ACME002.brand-spelling.yaml")));
        return workspace;
    }

    private static JsonElement Rule(JsonElement result, string id) =>
        result.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Lists_every_rule_with_its_severity_in_force_and_where_it_comes_from()
    {
        using var workspace = WorkspaceWithUserRule();
        await using var client = await LspTestClient.StartAsync();

        var result = await client.RequestAsync("contentlint/rules", new { uri = workspace.Uri("posts/a.md") });

        Assert.Equal(workspace.Path("contentlint.yaml"), result.GetProperty("configPath").GetString());
        var ids = result.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        var user = Rule(result, "ACME002");
        Assert.Equal(("brand-spelling", "brand-voice", "warning", "warning", "user", false),
            (user.GetProperty("name").GetString(), user.GetProperty("category").GetString(), user.GetProperty("defaultSeverity").GetString(), user.GetProperty("severity").GetString(), user.GetProperty("source").GetString(), user.GetProperty("overridden").GetBoolean()));
        Assert.Equal(workspace.Path("rules/ACME002.brand-spelling.yaml"), user.GetProperty("file").GetString());
        var off = Rule(result, "CL4004");
        Assert.Equal(("warning", "off", "built-in", "rules/brand-voice/CL4004.shouting.csx"),
            (off.GetProperty("defaultSeverity").GetString(), off.GetProperty("severity").GetString(), off.GetProperty("source").GetString(), off.GetProperty("file").GetString()));
        var engine = Rule(result, "CL0001");
        Assert.Equal(("engine", false, "https://contentlint.dev/rules/CL0001"),
            (engine.GetProperty("source").GetString(), engine.GetProperty("configurable").GetBoolean(), engine.GetProperty("helpUri").GetString()));
        Assert.False(engine.TryGetProperty("file", out _));
        Assert.All(result.GetProperty("rules").EnumerateArray(), r => Assert.False(r.GetProperty("overridden").GetBoolean()));
    }

    [Fact]
    public async Task Without_a_uri_the_first_workspace_folder_is_used()
    {
        using var workspace = WorkspaceWithUserRule();
        await using var client = LspTestClient.Create();
        await client.RequestAsync("initialize", new { capabilities = new { }, workspaceFolders = new[] { new { uri = DocumentUri(workspace.Root), name = "ws" } } });

        var result = await client.RequestAsync("contentlint/rules", new { });

        Assert.Equal("user", Rule(result, "ACME002").GetProperty("source").GetString());
    }

    [Fact]
    public async Task A_folder_without_configuration_has_the_shipped_rules_only()
    {
        using var workspace = new TempWorkspace();
        await using var client = await LspTestClient.StartAsync();

        var result = await client.RequestAsync("contentlint/rules", new { uri = DocumentUri(workspace.Root) });

        Assert.Equal(JsonValueKind.Null, result.TryGetProperty("configPath", out var config) ? config.ValueKind : JsonValueKind.Null);
        Assert.DoesNotContain(result.GetProperty("rules").EnumerateArray(), r => r.GetProperty("source").GetString() == "user");
        Assert.Equal("warning", Rule(result, "CL4004").GetProperty("severity").GetString());
    }

    [Fact]
    public async Task Is_refused_before_initialize_and_without_any_folder()
    {
        await using var uninitialized = LspTestClient.Create();
        await RpcAssert.ErrorAsync(-32002, () => uninitialized.RequestAsync("contentlint/rules", new { }));

        await using var client = await LspTestClient.StartAsync();
        await RpcAssert.ErrorAsync(-32602, () => client.RequestAsync("contentlint/rules", new { }));
    }

    private static string DocumentUri(string path) => new Uri(path).AbsoluteUri;
}
