using System.Text.Json.Nodes;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Mcp;

/// <summary>
/// <c>contentlint mcp</c> through a scripted client over stdio: the tools are listed with their
/// schemas, and check, fix and count run with the configuration of the server's working directory.
/// </summary>
public sealed class McpServerTests : IDisposable
{
    private const string Draft = "---\nchannel: linkedin\nlang: en\n---\nFollow us on Linkedin for the Aurora news.\n";
    private readonly TempRepo _repo = new();

    public McpServerTests() => _repo.Write("contentlint.yaml", "confidential:\n  terms: [Aurora]\n");

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Lists_the_three_tools_with_object_schemas_and_runs_each_with_the_repository_configuration()
    {
        using var client = new McpStdioClient(_repo.Root);
        var initialized = client.Initialize();
        Assert.Equal("contentlint", initialized["serverInfo"]!["name"]!.GetValue<string>());
        Assert.NotNull(initialized["capabilities"]!["tools"]);

        var tools = client.Request("tools/list")["tools"]!.AsArray();
        Assert.Equal(["check", "fix", "count"], tools.Select(t => t!["name"]!.GetValue<string>()));
        Assert.All(tools, t => Assert.Equal("object", t!["inputSchema"]!["type"]!.GetValue<string>()));

        var check = client.CallTool("check", new JsonObject { ["text"] = Draft, ["fileName"] = "posts/draft.md" });
        Assert.NotEqual(true, check["isError"]?.GetValue<bool>());
        var findings = check["structuredContent"]!["findings"]!.AsArray();
        Assert.Contains(findings, f => f!["ruleId"]!.GetValue<string>() == "CL4001" && f["path"]!.GetValue<string>() == "posts/draft.md" && f["line"]!.GetValue<int>() == 5);
        Assert.Contains(findings, f => f!["category"]!.GetValue<string>() == "confidentiality" && f["message"]!.GetValue<string>().Contains("Aurora", StringComparison.Ordinal));
        Assert.Equal(check["structuredContent"]!.ToJsonString(), JsonNode.Parse(check["content"]![0]!["text"]!.GetValue<string>())!.ToJsonString());

        var fix = client.CallTool("fix", new JsonObject { ["text"] = Draft });
        Assert.Contains("Follow us on LinkedIn for", fix["structuredContent"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(fix["structuredContent"]!["applied"]!.GetValue<int>() >= 1);
        Assert.DoesNotContain(fix["structuredContent"]!["remaining"]!["findings"]!.AsArray(), f => f!["ruleId"]!.GetValue<string>() == "CL4001");

        var count = client.CallTool("count", new JsonObject { ["text"] = "Read https://example.com/a/very/long/path/that/x/shortens", ["channels"] = new JsonArray("x", "bluesky") });
        var counts = count["structuredContent"]!["counts"]!.AsArray();
        Assert.Equal((28, 280), (counts[0]!["count"]!.GetValue<int>(), counts[0]!["limit"]!.GetValue<int>())); // "Read " + a link counted as 23
        Assert.Equal(("bluesky", 300), (counts[1]!["channel"]!.GetValue<string>(), counts[1]!["limit"]!.GetValue<int>()));
    }

    [Fact]
    public void A_call_the_tool_cannot_run_is_a_tool_error_with_one_line_and_the_server_goes_on()
    {
        using var client = new McpStdioClient(_repo.Root);
        client.Initialize();

        var unknownChannel = client.CallTool("count", new JsonObject { ["text"] = "Hello", ["channels"] = new JsonArray("twiter") });
        Assert.True(unknownChannel["isError"]!.GetValue<bool>());
        Assert.StartsWith("unknown channel 'twiter'", unknownChannel["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);

        var missingText = client.CallTool("fix", new JsonObject());
        Assert.Equal("'text' is required", missingText["content"]![0]!["text"]!.GetValue<string>());

        _repo.Write("posts/saved.md", Draft);
        var byPath = client.CallTool("check", new JsonObject { ["path"] = "posts/saved.md" });
        Assert.Contains(byPath["structuredContent"]!["findings"]!.AsArray(), f => f!["ruleId"]!.GetValue<string>() == "CL4001" && f["path"]!.GetValue<string>() == "posts/saved.md");
    }

    [Fact]
    public void Check_returns_the_document_check_prints_for_the_same_file_summary_included()
    {
        _repo.Write("posts/saved.md", Draft);
        using var client = new McpStdioClient(_repo.Root);
        client.Initialize();

        var byPath = client.CallTool("check", new JsonObject { ["path"] = "posts/saved.md" })["structuredContent"]!;
        var cli = ContentLintProcess.Run(_repo.Root, "check", "posts/saved.md", "--format", "json");

        Assert.Equal(1, byPath["summary"]!["files"]!.GetValue<int>());
        Assert.Equal(JsonNode.Parse(cli.Stdout)!.ToJsonString(), byPath.ToJsonString());
    }
}
