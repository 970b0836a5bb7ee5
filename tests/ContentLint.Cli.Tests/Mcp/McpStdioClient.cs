using System.Diagnostics;
using System.Text.Json.Nodes;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Mcp;

/// <summary>
/// A scripted MCP client: starts the real <c>contentlint mcp</c> and speaks newline-delimited
/// JSON-RPC to it over standard input and output, as assistants do (no SDK on this side, so the
/// test sees the wire format).
/// </summary>
internal sealed class McpStdioClient : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private readonly Process _process;
    private int _nextId;

    public McpStdioClient(string workingDirectory, params string[] args)
    {
        _process = Process.Start(ContentLintProcess.StartInfo(workingDirectory, ["mcp", .. args]))!;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
    }

    /// <summary>Initializes the session (initialize, then the initialized notification) and returns the server's answer.</summary>
    public JsonNode Initialize()
    {
        var result = Request("initialize", new JsonObject
        {
            ["protocolVersion"] = "2025-06-18",
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "contentlint-tests", ["version"] = "1" },
        });
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "notifications/initialized" });
        return result;
    }

    /// <summary>Calls a tool and returns its result (content, structuredContent, isError).</summary>
    public JsonNode CallTool(string name, JsonObject arguments) =>
        Request("tools/call", new JsonObject { ["name"] = name, ["arguments"] = arguments });

    /// <summary>Sends a request and waits for the response with its id; a JSON-RPC error fails the test.</summary>
    public JsonNode Request(string method, JsonObject? parameters = null)
    {
        var id = ++_nextId;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var read = _process.StandardOutput.ReadLineAsync();
            if (!read.Wait(deadline - DateTime.UtcNow) || read.Result is not { } line)
            {
                break;
            }

            var message = JsonNode.Parse(line)!;
            if (message["id"]?.GetValue<int>() != id)
            {
                continue; // A notification (log, progress) or another request's answer.
            }

            return message["error"] is { } error
                ? throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}")
                : message["result"]!;
        }

        throw new TimeoutException($"no answer to {method} within {Timeout.TotalSeconds} s (server exited: {_process.HasExited})");
    }

    public void Dispose()
    {
        _process.StandardInput.Close();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Send(JsonObject message)
    {
        _process.StandardInput.WriteLine(message.ToJsonString());
        _process.StandardInput.Flush();
    }
}
