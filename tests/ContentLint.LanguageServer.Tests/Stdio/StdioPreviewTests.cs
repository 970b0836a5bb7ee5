using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Stdio;

/// <summary>The real <c>contentlint lsp</c> answers <c>contentlint/preview</c> over stdio, as any editor (Neovim) can ask it.</summary>
public sealed class StdioPreviewTests
{
    [Fact]
    public async Task The_preview_of_the_example_linkedin_post_folds_at_210_characters()
    {
        var path = Path.Combine(RepoPaths.Examples, "posts", "2026-12-08-webinar-linkedin.md");
        var uri = new Uri(path).AbsoluteUri;
        var text = await File.ReadAllTextAsync(path);
        using var server = ContentLintProcess.StartLsp();
        var connection = server.Connection;
        await connection.RequestAsync(1, "initialize", $$$"""{"processId":null,"rootUri":"{{{new Uri(RepoPaths.Examples).AbsoluteUri}}}","capabilities":{},"initializationOptions":{"debounceMs":0}}""");
        await connection.SendAsync(new { jsonrpc = "2.0", method = "initialized", @params = new { } });
        await connection.SendAsync(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri, languageId = "markdown", version = 1, text } } });

        var preview = (await connection.RequestAsync(2, "contentlint/preview", JsonSerializer.Serialize(new { textDocument = new { uri }, position = new { line = 8, character = 0 } })))["result"]!;
        await connection.RequestAsync(3, "shutdown", null);
        await connection.SendAsync(new { jsonrpc = "2.0", method = "exit" });
        await server.Process.WaitForExitAsync().WaitAsync(FramedJsonConnection.Timeout);

        var channel = preview["channels"]!.AsArray().Single()!;
        var part = channel["parts"]!.AsArray().Single()!;
        var published = (string)part["text"]!;
        Assert.Equal("LinkedIn", (string?)channel["displayName"]);
        Assert.Equal(210, (int)part["foldAt"]!);
        Assert.StartsWith("Comment les équipes de service client", published, StringComparison.Ordinal);
        Assert.Equal(published.Length, (int)part["count"]!); // LinkedIn counts UTF-16 code units: the fold is at character 210
        Assert.Contains(part["spans"]!.AsArray(), s => (string?)s!["kind"] == "link" && published[(int)s["start"]!..(int)s["end"]!] == "https://example.com/webinaire-fetes");
        Assert.Equal(0, server.Process.ExitCode);
    }
}
