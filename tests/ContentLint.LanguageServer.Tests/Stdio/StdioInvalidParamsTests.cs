using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Stdio;

/// <summary>The real <c>contentlint lsp</c> answers invalid parameters with one plain line, and goes on.</summary>
public sealed class StdioInvalidParamsTests
{
    [Fact]
    public async Task Invalid_params_get_a_plain_InvalidParams_message_from_the_real_server()
    {
        using var server = ContentLintProcess.StartLsp();
        var connection = server.Connection;
        await connection.RequestAsync(1, "initialize", "{\"processId\":null,\"rootUri\":null,\"capabilities\":{}}");
        await connection.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

        var wrongType = await connection.RequestAsync(2, "textDocument/hover", "{\"textDocument\":42,\"position\":\"top\"}");
        var array = await connection.RequestAsync(3, "textDocument/completion", "[1, 2]");
        var scalar = await connection.RequestAsync(4, "textDocument/inlayHint", "42");
        var shutdown = await connection.RequestAsync(5, "shutdown", null);
        await connection.SendAsync("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        await server.Process.WaitForExitAsync().WaitAsync(FramedJsonConnection.Timeout);

        foreach (var response in new[] { wrongType, array, scalar })
        {
            Assert.Null(PlainError.Problem(response));
            Assert.Equal(-32602, response["error"]!["code"]!.GetValue<int>());
        }

        Assert.Equal("Invalid parameters: $.textDocument does not have the type the method expects.", wrongType["error"]!["message"]!.GetValue<string>());
        Assert.Null(shutdown["error"]);
        Assert.Equal(0, server.Process.ExitCode);
    }
}
