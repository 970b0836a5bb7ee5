using System.Reflection;
using System.Text.Json.Nodes;
using ContentLint.LanguageServer.Handlers;
using ContentLint.LanguageServer.Tests.TestSupport;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Tests.Robustness;

/// <summary>
/// Requests with invalid parameters get a JSON-RPC error with one plain line (InvalidParams), never a
/// .NET exception's message, type names or stack trace, in the message or in <c>data</c>; the server
/// answers afterwards. Every method the server exposes is sent every kind of garbage.
/// </summary>
public sealed class InvalidParamsTests
{
    private const string Open = "file:///ws/posts/a.md";
    private const string OpenText = "---\\nchannel: x\\n---\\nBonjour\\n";
    private const string Document = $"\"textDocument\":{{\"uri\":\"{Open}\"}}";

    /// <summary>Garbage params; null stands for a request without params.</summary>
    private static readonly string?[] Garbage =
    [
        null,
        "null",
        "[]",
        "[1, 2, 3]",
        $"[{{{Document}}}, 2]",
        "42",
        "\"text\"",
        "true",
        "{}",
        "{\"textDocument\":null}",
        "{\"textDocument\":42,\"position\":\"top\",\"range\":7,\"context\":[]}",
        $"{{\"textDocument\":[\"{Open}\"]}}",
        "{\"textDocument\":{\"uri\":7}}",
        "{\"textDocument\":{\"uri\":\"not a uri\"},\"position\":{\"line\":0,\"character\":0}}",
        "{\"textDocument\":{\"uri\":\"file:///ws/never/opened.md\"},\"position\":{\"line\":0,\"character\":0}}",
        $"{{{Document},\"position\":{{\"line\":-1,\"character\":-5}},\"range\":{{\"start\":{{\"line\":-3,\"character\":0}},\"end\":{{\"line\":-1,\"character\":0}}}}}}",
        $"{{{Document},\"position\":{{\"line\":99999999999,\"character\":0}}}}",
        $"{{{Document},\"position\":{{\"line\":\"one\",\"character\":null}}}}",
        $"{{{Document},\"position\":{{}},\"range\":{{}}}}",
        $"{{{Document},\"range\":{{\"start\":null,\"end\":[1]}}}}",
        $"{{{Document},\"position\":{{\"line\":100000,\"character\":100000}},\"range\":{{\"start\":{{\"line\":9000,\"character\":0}},\"end\":{{\"line\":100000,\"character\":5}}}}}}",
        $"{{{Document},\"range\":{{\"start\":{{\"line\":0,\"character\":0}},\"end\":{{\"line\":1,\"character\":0}}}},\"context\":\"nope\"}}",
        $"{{\"textDocument\":{{\"uri\":\"{Open}\",\"version\":\"x\"}},\"contentChanges\":{{}}}}",
        "{\"settings\":[[[]]],\"changes\":\"all\",\"value\":{}}",
        "{\"changes\":[{\"uri\":null,\"type\":\"deleted\"}]}",
    ];

    /// <summary>Every protocol method of every handler, except those that end the session.</summary>
    private static IEnumerable<string> Methods =>
        HandlerRegistry.HandlerTypes.SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Public))
            .Select(m => m.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name).OfType<string>()
            .Where(m => m is not ("shutdown" or "exit"))
            .Order(StringComparer.Ordinal);

    [Fact]
    public async Task Every_method_answers_garbage_with_one_plain_line_and_the_server_goes_on()
    {
        await using var server = await RawLspServer.StartAsync();
        var problems = new List<string>();

        foreach (var method in Methods)
        {
            foreach (var parameters in Garbage)
            {
                await OpenAsync(server);
                var response = await server.RequestAsync(method, parameters);
                var code = response["error"]?["code"]?.GetValue<int>();
                var problem = PlainError.Problem(response)
                    ?? (code is -32603 or -32000 ? $"an internal error for bad input: {response["error"]!["message"]}" : null);
                if (problem is not null)
                {
                    problems.Add($"{method} {parameters ?? "(no params)"}: {problem}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await AssertAliveAsync(server);
    }

    [Fact]
    public async Task Garbage_notifications_are_dropped_and_the_server_goes_on()
    {
        await using var server = await RawLspServer.StartAsync();

        foreach (var method in Methods.Append("$/cancelRequest").Append("$/progress"))
        {
            foreach (var parameters in Garbage)
            {
                await server.Connection.SendAsync(parameters is null
                    ? $"{{\"jsonrpc\":\"2.0\",\"method\":\"{method}\"}}"
                    : $"{{\"jsonrpc\":\"2.0\",\"method\":\"{method}\",\"params\":{parameters}}}");
            }
        }

        await AssertAliveAsync(server);
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"textDocument/hover\",\"params\":42}", -32602)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":5,\"params\":{}}", -32600)]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"textDocument/hover\",\"params\":{},\"jsonrpc\":null}", -32600)]
    public async Task A_request_the_server_cannot_read_is_still_answered_when_its_id_can_be_read(string message, int code)
    {
        await using var server = await RawLspServer.StartAsync();

        await server.Connection.SendAsync(message);
        var response = await server.Connection.ReadUntilAsync(m => m["method"] is null && (string?)m["id"] == "abc");

        Assert.Null(PlainError.Problem(response));
        Assert.Equal(code, response["error"]!["code"]!.GetValue<int>());
        await AssertAliveAsync(server);
    }

    [Theory]
    [InlineData("textDocument/hover", "\"position\":{\"line\":-1,\"character\":0}")]
    [InlineData("textDocument/completion", "\"position\":{\"line\":0,\"character\":-1}")]
    [InlineData("textDocument/hover", "\"position\":null")]
    [InlineData("textDocument/completion", "\"position\":{\"line\":[0],\"character\":0}")]
    [InlineData("textDocument/inlayHint", "\"range\":{\"start\":{\"line\":-1,\"character\":0},\"end\":{\"line\":1,\"character\":0}}")]
    [InlineData("textDocument/inlayHint", "\"range\":{\"start\":{\"line\":0,\"character\":0}}")]
    [InlineData("textDocument/codeAction", "\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":-2}},\"context\":{\"diagnostics\":[]}")]
    [InlineData("textDocument/codeAction", "\"range\":{\"start\":\"0:0\",\"end\":{\"line\":0,\"character\":0}},\"context\":{\"diagnostics\":[]}")]
    public async Task Missing_negative_or_mistyped_positions_are_InvalidParams(string method, string members)
    {
        await using var server = await RawLspServer.StartAsync();
        await OpenAsync(server);

        var response = await server.RequestAsync(method, $"{{{Document},{members}}}");

        Assert.Null(PlainError.Problem(response));
        Assert.Equal(-32602, response["error"]?["code"]?.GetValue<int>());
    }

    [Theory]
    [InlineData("textDocument/hover", "\"position\":{\"line\":500,\"character\":3}")]
    [InlineData("textDocument/hover", "\"position\":{\"line\":1,\"character\":900}")]
    [InlineData("textDocument/completion", "\"position\":{\"line\":500,\"character\":0}")]
    [InlineData("textDocument/inlayHint", "\"range\":{\"start\":{\"line\":100,\"character\":0},\"end\":{\"line\":200,\"character\":0}}")]
    [InlineData("textDocument/codeAction", "\"range\":{\"start\":{\"line\":70,\"character\":0},\"end\":{\"line\":80,\"character\":0}},\"context\":{\"diagnostics\":[]}")]
    public async Task Positions_past_the_end_are_read_as_the_end(string method, string members)
    {
        await using var server = await RawLspServer.StartAsync();
        await OpenAsync(server);

        var response = await server.RequestAsync(method, $"{{{Document},{members}}}");

        Assert.Null(response["error"]);
    }

    [Fact]
    public async Task A_request_for_a_document_that_is_not_open_is_InvalidParams_with_its_uri()
    {
        await using var server = await RawLspServer.StartAsync();

        var response = await server.RequestAsync("textDocument/documentSymbol", "{\"textDocument\":{\"uri\":\"file:///ws/closed.md\"}}");

        Assert.Null(PlainError.Problem(response));
        Assert.Equal(-32602, response["error"]!["code"]!.GetValue<int>());
        Assert.Contains("file:///ws/closed.md", response["error"]!["message"]!.GetValue<string>());
    }

    private static Task OpenAsync(RawLspServer server) =>
        server.NotifyAsync("textDocument/didOpen", $"{{\"textDocument\":{{\"uri\":\"{Open}\",\"languageId\":\"markdown\",\"version\":1,\"text\":\"{OpenText}\"}}}}");

    private static async Task AssertAliveAsync(RawLspServer server)
    {
        await OpenAsync(server);
        var response = await server.RequestAsync("textDocument/completion", $"{{{Document},\"position\":{{\"line\":1,\"character\":0}}}}");
        Assert.NotEmpty(Assert.IsType<JsonArray>(response["result"]!["items"]));
    }
}
