using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentLint.LanguageServer.Tests.Stdio;

/// <summary>The real <c>contentlint lsp</c> process over standard input and output, as an editor starts it.</summary>
public sealed class StdioServerTests
{
    // Only a guard against a hang (timings belong in bench/).
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    [Theory]
    [InlineData(null)]
    [InlineData("debug")]
    public async Task Contentlint_lsp_speaks_the_protocol_on_stdio_and_logs_on_stderr(string? logLevel)
    {
        var post = Path.Combine(RepoPaths.Examples, "posts", "2026-12-05-soldes.md");
        var uri = new Uri(post).AbsoluteUri;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "contentlint.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        if (logLevel is not null)
        {
            start.ArgumentList.Add("--log-level");
            start.ArgumentList.Add(logLevel);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var input = process.StandardInput.BaseStream;
            var output = process.StandardOutput.BaseStream;
            await SendAsync(input, new { jsonrpc = "2.0", id = 1, method = "initialize", @params = new { processId = Environment.ProcessId, rootUri = new Uri(RepoPaths.Examples).AbsoluteUri, capabilities = new { }, initializationOptions = new { debounceMs = 0 } } });
            var initialize = await ReadUntilAsync(output, m => m["id"]?.GetValue<int>() == 1);
            await SendAsync(input, new { jsonrpc = "2.0", method = "initialized", @params = new { } });
            await SendAsync(input, new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "markdown", version = 1, text = await File.ReadAllTextAsync(post) } } });
            var published = await ReadUntilAsync(output, m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri);
            await SendAsync(input, new { jsonrpc = "2.0", id = 2, method = "shutdown" });
            await ReadUntilAsync(output, m => m["id"]?.GetValue<int>() == 2);
            await SendAsync(input, new { jsonrpc = "2.0", method = "exit" });
            await process.WaitForExitAsync().WaitAsync(Timeout);

            Assert.Equal(2, initialize["result"]!["capabilities"]!["textDocumentSync"]!["change"]!.GetValue<int>());
            Assert.Equal(["CL1001", "CL0009", "CL5001", "CL5003"], published["params"]!["diagnostics"]!.AsArray().Select(d => (string?)d!["code"]));
            Assert.Equal(0, process.ExitCode);
            var log = await stderr;
            Assert.Contains("[contentlint info] Initialized", log);
            // Debug adds a line per check, with its time; by default there is none.
            Assert.Equal(logLevel == "debug", log.Contains($"[contentlint debug] Checked {uri} (version 1): 4 findings in ", StringComparison.Ordinal));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task SendAsync(Stream input, object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    /// <summary>Reads framed messages until one matches; anything that is not a framed message fails the test (stdout is the protocol's alone).</summary>
    private static async Task<JsonNode> ReadUntilAsync(Stream output, Func<JsonNode, bool> match)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        while (true)
        {
            var header = new StringBuilder();
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                var buffer = new byte[1];
                if (await output.ReadAsync(buffer, cancellation.Token) == 0)
                {
                    throw new EndOfStreamException("The server closed stdout. Header so far: " + header);
                }

                header.Append((char)buffer[0]);
            }

            Assert.StartsWith("Content-Length: ", header.ToString());
            var length = int.Parse(header.ToString()["Content-Length: ".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var body = new byte[length];
            await output.ReadExactlyAsync(body, cancellation.Token);
            var message = JsonNode.Parse(body)!;
            if (match(message))
            {
                return message;
            }
        }
    }
}
