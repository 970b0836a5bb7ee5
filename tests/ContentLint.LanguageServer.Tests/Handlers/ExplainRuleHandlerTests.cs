using ContentLint.LanguageServer.Tests.TestSupport;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary><c>contentlint/explainRule</c>: a rule's documentation and metadata by ID or name, or an error for an unknown rule.</summary>
public sealed class ExplainRuleHandlerTests
{
    [Theory]
    [InlineData("CL1001")]
    [InlineData(" cl1001 ")]
    [InlineData("unknown-channel")]
    public async Task Explains_a_rule_by_id_or_name(string query)
    {
        using var workspace = new TempWorkspace();
        await using var client = await LspTestClient.StartAsync();

        var result = await client.RequestAsync("contentlint/explainRule", new { rule = query, uri = workspace.Uri("a.md") });

        var rule = result.GetProperty("rule");
        Assert.Equal(("CL1001", "unknown-channel", "channels", "built-in", "error"),
            (rule.GetProperty("id").GetString(), rule.GetProperty("name").GetString(), rule.GetProperty("category").GetString(), rule.GetProperty("source").GetString(), rule.GetProperty("severity").GetString()));
        var documentation = result.GetProperty("documentation").GetString()!;
        Assert.NotEmpty(documentation);
        Assert.Contains("{", result.GetProperty("messageFormat").GetString());
        var markdown = result.GetProperty("markdown").GetString()!;
        Assert.StartsWith($"# CL1001 unknown-channel: {rule.GetProperty("title").GetString()}\n", markdown, StringComparison.Ordinal);
        Assert.Contains(documentation, markdown, StringComparison.Ordinal);
        Assert.Contains("contentlint-disable-next-line CL1001 -- reason", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explains_a_user_rule_with_its_file_and_the_severity_of_its_category_in_force()
    {
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "rules: [rules]\nseverity:\n  brand-voice: info\n");
        workspace.Write("rules/ACME002.brand-spelling.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "examples", "declarative", "ACME002.brand-spelling.yaml")));
        await using var client = await LspTestClient.StartAsync();

        var result = await client.RequestAsync("contentlint/explainRule", new { rule = "brand-spelling", uri = workspace.Uri("posts/a.md") });

        Assert.Equal(("user", "warning", "info"), (result.GetProperty("rule").GetProperty("source").GetString(), result.GetProperty("rule").GetProperty("defaultSeverity").GetString(), result.GetProperty("rule").GetProperty("severity").GetString()));
        var markdown = result.GetProperty("markdown").GetString()!;
        Assert.Contains($"- Defined in: `{workspace.Path("rules/ACME002.brand-spelling.yaml")}`", markdown, StringComparison.Ordinal);
        Assert.Contains("- Severity here: info", markdown, StringComparison.Ordinal);
        Assert.Contains("Misspelt platform names look careless.", result.GetProperty("documentation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_rule_is_an_error_that_suggests_the_closest()
    {
        using var workspace = new TempWorkspace();
        await using var client = await LspTestClient.StartAsync();

        await RpcAssert.ErrorAsync(-32602, () => client.RequestAsync("contentlint/explainRule", new { rule = "unknown-chanel", uri = workspace.Uri("a.md") }));
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(() => client.RequestAsync("contentlint/explainRule", new { rule = "unknown-chanel", uri = workspace.Uri("a.md") }));
        Assert.Equal("No rule 'unknown-chanel'. Did you mean 'unknown-channel'?", error.Message);
        await RpcAssert.ErrorAsync(-32602, () => client.RequestAsync("contentlint/explainRule", new { uri = workspace.Uri("a.md") }));
    }
}
