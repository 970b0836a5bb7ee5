using System.Text.Json;
using System.Text.Json.Nodes;
using ContentLint.Cli.Checking;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace ContentLint.Cli.Mcp;

/// <summary>
/// <c>contentlint mcp</c>: a Model Context Protocol server over standard input and output (the official
/// C# SDK) whose tools run the same linter as <c>check</c>, so an AI drafting assistant sees the team's
/// findings before a human does. A tool that cannot run as asked answers a tool error with one line;
/// the server goes on.
/// </summary>
internal static class McpServerRunner
{
    public static async Task<int> RunAsync(string workingDirectory, string? configPath, string locale, CancellationToken cancellationToken)
    {
        using var runner = new CheckRunner();
        var tools = new LintTools(runner, workingDirectory, configPath, locale);
        var options = new McpServerOptions
        {
            ServerInfo = new Implementation { Name = "contentlint", Version = CheckReport.ToolVersion },
            Capabilities = new ServerCapabilities { Tools = new ToolsCapability() },
            ServerInstructions = "ContentLint checks social-media drafts (Markdown posts with front matter, or *.posts.yaml calendars) against the team's rules. Run `check` on a draft before showing it, apply `fix` for mechanical fixes, and `count` to see a text's length as a platform counts it.",
            Handlers = new McpServerHandlers
            {
                ListToolsHandler = (_, _) => ValueTask.FromResult(new ListToolsResult { Tools = ToolDefinitions.All }),
                CallToolHandler = (request, _) => ValueTask.FromResult(Call(tools, request.Params)),
            },
        };
        await using var transport = new StdioServerTransport("contentlint");
        await using var server = McpServer.Create(transport, options);
        await server.RunAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static CallToolResult Call(LintTools tools, CallToolRequestParams? call)
    {
        var arguments = new ToolArguments(call?.Arguments);
        try
        {
            JsonNode result = call?.Name switch
            {
                "check" => tools.Check(arguments),
                "fix" => tools.Fix(arguments),
                "count" => tools.Count(arguments),
                var other => throw new ToolArgumentException($"unknown tool '{other}' (tools: check, fix, count)"),
            };
            var json = result.ToJsonString();
            return new CallToolResult
            {
                Content = [new TextContentBlock { Text = json }],
                StructuredContent = JsonDocument.Parse(json).RootElement.Clone(),
            };
        }
        catch (ToolArgumentException ex)
        {
            return new CallToolResult { Content = [new TextContentBlock { Text = ex.Message }], IsError = true };
        }
    }
}
