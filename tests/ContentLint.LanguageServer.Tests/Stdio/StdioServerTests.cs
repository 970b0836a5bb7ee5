using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Stdio;

/// <summary>The real <c>contentlint lsp</c> process over standard input and output, as an editor starts it.</summary>
public sealed class StdioServerTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("debug")]
    public async Task Contentlint_lsp_speaks_the_protocol_on_stdio_and_logs_on_stderr(string? logLevel)
    {
        var post = Path.Combine(RepoPaths.Examples, "posts", "2026-12-05-soldes.md");
        var uri = new Uri(post).AbsoluteUri;
        using var server = ContentLintProcess.StartLsp(logLevel is null ? [] : ["--log-level", logLevel]);
        var connection = server.Connection;

        await connection.SendAsync(new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { processId = Environment.ProcessId, rootUri = new Uri(RepoPaths.Examples).AbsoluteUri, capabilities = new { }, initializationOptions = new { debounceMs = 0 } } });
        var initialize = await connection.ReadUntilAsync(m => m["id"]?.GetValue<int>() == 1);
        await connection.SendAsync(new { jsonrpc = "2.0", method = "initialized", @params = new { } });
        await connection.SendAsync(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "markdown", version = 1, text = await File.ReadAllTextAsync(post) } } });
        var published = await connection.ReadUntilAsync(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri);
        await connection.SendAsync(new { jsonrpc = "2.0", id = 2, method = "shutdown" });
        await connection.ReadUntilAsync(m => m["id"]?.GetValue<int>() == 2);
        await connection.SendAsync(new { jsonrpc = "2.0", method = "exit" });
        await server.Process.WaitForExitAsync().WaitAsync(FramedJsonConnection.Timeout);

        Assert.Equal(2, initialize["result"]!["capabilities"]!["textDocumentSync"]!["change"]!.GetValue<int>());
        Assert.Equal(["CL1001", "CL0009", "CL5001", "CL5003"], published["params"]!["diagnostics"]!.AsArray().Select(d => (string?)d!["code"]));
        Assert.Equal(0, server.Process.ExitCode);
        var log = await server.Stderr;
        Assert.Contains("[contentlint info] Initialized", log);
        // Debug adds a line per check, with its time; by default there is none.
        Assert.Equal(logLevel == "debug", log.Contains($"[contentlint debug] Checked {uri} (version 1): 4 findings in ", StringComparison.Ordinal));
    }
}
