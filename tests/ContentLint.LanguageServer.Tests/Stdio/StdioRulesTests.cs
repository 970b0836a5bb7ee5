using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Stdio;

/// <summary>
/// The real <c>contentlint lsp</c> answers <c>contentlint/rules</c>, <c>contentlint/explainRule</c> and
/// <c>contentlint/checkWorkspace</c> with what <c>contentlint rules list</c>, <c>rules explain</c> and
/// <c>check</c> print in the same folder: the extension needs no other backend.
/// </summary>
public sealed partial class StdioRulesTests
{
    [Fact]
    public async Task Rules_explain_and_check_over_the_server_agree_with_the_cli()
    {
        var examples = new Uri(RepoPaths.Examples).AbsoluteUri;
        using var server = ContentLintProcess.StartLsp();
        var connection = server.Connection;
        await connection.RequestAsync(1, "initialize", $$$"""{"processId":null,"rootUri":"{{{examples}}}","capabilities":{},"initializationOptions":{"debounceMs":0}}""");
        await connection.SendAsync(new { jsonrpc = "2.0", method = "initialized", @params = new { } });

        var rules = (await connection.RequestAsync(2, "contentlint/rules", "{}"))["result"]!;
        var explained = (await connection.RequestAsync(3, "contentlint/explainRule", """{"rule":"over-limit"}"""))["result"]!;
        var unknown = (await connection.RequestAsync(4, "contentlint/explainRule", """{"rule":"CL9999"}"""))["error"]!;
        var check = (await connection.RequestAsync(5, "contentlint/checkWorkspace", "{}"))["result"]!;
        await connection.RequestAsync(6, "shutdown", null);
        await connection.SendAsync(new { jsonrpc = "2.0", method = "exit" });
        await server.Process.WaitForExitAsync().WaitAsync(FramedJsonConnection.Timeout);

        var listed = RuleLine().Matches(await ContentLintProcess.RunAsync(RepoPaths.Examples, "rules", "list"))
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value} {m.Groups[4].Value.Trim()}");
        var served = rules["rules"]!.AsArray().Select(r => $"{r!["id"]} {r["name"]} {r["defaultSeverity"]} {r["title"]}");
        Assert.Equal(listed, served);
        var cliExplanation = await ContentLintProcess.RunAsync(RepoPaths.Examples, "rules", "explain", "over-limit");
        Assert.Equal(cliExplanation.Split('\n')[0], ((string)explained["markdown"]!).Split('\n')[0].TrimStart('#', ' '));
        Assert.Equal("CL1002", (string?)explained["rule"]!["id"]);
        Assert.Equal(-32602, (int)unknown["code"]!);
        var summary = JsonNode.Parse(await ContentLintProcess.RunAsync(RepoPaths.Examples, "check", "--format", "json", "."))!["summary"]!;
        Assert.Equal(
            ((int)summary["files"]!, (int)summary["posts"]!, (int)summary["errors"]!, (int)summary["warnings"]!, (int)summary["infos"]!, (int)summary["hints"]!),
            ((int)check["files"]!, (int)check["posts"]!, (int)check["errors"]!, (int)check["warnings"]!, (int)check["infos"]!, (int)check["hints"]!));
        Assert.Equal(0, server.Process.ExitCode);
    }

    /// <summary>A rule line of <c>rules list</c>: ID, name, severity, title (and a rule file in brackets for a user rule).</summary>
    [GeneratedRegex(@"^  (\S+)\s+(\S+)\s+(error|warning|info|hint|off)\s+(.*?)(?:\s+\[[^\]]+\])?$", RegexOptions.Multiline)]
    private static partial Regex RuleLine();
}
