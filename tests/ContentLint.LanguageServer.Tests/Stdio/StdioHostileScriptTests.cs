using System.Text.Json.Nodes;
using ContentLint.LanguageServer.Tests.TestSupport;
using ContentLint.RuleHost.Client;

namespace ContentLint.LanguageServer.Tests.Stdio;

/// <summary>
/// Hostile script rules (a subset of <c>tests/hostile-scripts</c>: the first of each class, and the
/// ones that kill a process) through the real <c>contentlint lsp</c>: the document still gets its
/// diagnostics — the engine finding for each hostile rule, and the other rule's finding — and the
/// server answers the next request. The scripts run in the server's rule host, which dies and is
/// restarted under it. The server gets the suites' lower compile budget (<see cref="HostileScript.CompileBudgetMs"/>).
/// </summary>
public sealed class StdioHostileScriptTests
{
    private static readonly string[] Killers = ["crash-structural-hash.csx", "crash-async-void.csx", "hang-library-repeat-max.csx", "oom-byte-array.csx", "compile-nested-unary-minus.csx"];

    [Fact]
    public async Task A_document_checked_with_hostile_script_rules_gets_the_engine_findings_and_the_server_answers_the_next_request()
    {
        var scripts = HostileScript.All.GroupBy(s => s.Class).Select(g => g.First())
            .Concat(HostileScript.All.Where(s => Killers.Contains(s.FileName))).DistinctBy(s => s.FileName).ToList();
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 250}\n");
        workspace.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        foreach (var script in scripts)
        {
            workspace.Write("rules/" + script.FileName, script.Text);
        }

        const string Post = "---\nchannel: linkedin\n---\nWe beat Globex.\n";
        var post = workspace.Write("posts/a.md", Post);
        using var server = ContentLintProcess.StartLsp(new Dictionary<string, string?> { [RuleHostLimits.CompileBudgetVariable] = HostileScript.CompileBudgetMs });
        var connection = server.Connection;
        await connection.RequestAsync(1, "initialize", $$$"""{"processId":null,"rootUri":"{{{new Uri(workspace.Root).AbsoluteUri}}}","capabilities":{},"initializationOptions":{"debounceMs":0}}""");
        await connection.SendAsync(new { jsonrpc = "2.0", method = "initialized", @params = new { } });
        await connection.SendAsync(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = post, languageId = "markdown", version = 1, text = Post } } });

        var published = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        await connection.ReadUntilAsync(message =>
        {
            if ((string?)message["method"] == "textDocument/publishDiagnostics")
            {
                published[(string)message["params"]!["uri"]!] = message["params"]!["diagnostics"]!.AsArray();
            }

            return published.TryGetValue(post, out var onPost) && onPost.Any(d => (string?)d!["code"] == "ACME001")
                && scripts.All(s => Stopped(published, workspace, post, s));
        });
        var rules = await connection.RequestAsync(2, "contentlint/rules", "{}");
        await connection.RequestAsync(3, "shutdown", null);
        await connection.SendAsync(new { jsonrpc = "2.0", method = "exit" });
        await server.Process.WaitForExitAsync().WaitAsync(FramedJsonConnection.Timeout);

        Assert.Contains(rules["result"]!["rules"]!.AsArray(), r => (string?)r!["id"] == "ACME001");
        Assert.Equal(0, server.Process.ExitCode);
    }

    [Fact]
    public async Task Documents_checked_at_once_meeting_a_host_crash_all_get_their_findings_and_the_culprit_gets_CL0030()
    {
        const int Documents = 8;
        using var workspace = new TempWorkspace();
        workspace.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 10000}\n");
        workspace.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        workspace.Write("rules/ACME003.boom.csx", "/*---\nid: ACME003\nname: boom-on-demand\nseverity: warning\nmessage: \"{message}\"\n---*/\n"
            + "if (Text.Contains(\"BOOM\")) { var a = new object[1]; a[0] = a; if (System.Collections.StructuralComparisons.StructuralEqualityComparer.GetHashCode(a) == 4) Report(new TextSpan(0, 1), (\"message\", \"never\")); }\n");
        var texts = Enumerable.Range(0, Documents).Select(i => $"---\nchannel: linkedin\n---\nWe beat Globex{(i == 5 ? ", BOOM" : string.Empty)}.\n").ToList();
        var uris = texts.Select((text, i) => workspace.Write($"posts/p{i}.md", text)).ToList();
        using var server = ContentLintProcess.StartLsp();
        var connection = server.Connection;
        await connection.RequestAsync(1, "initialize", $$$"""{"processId":null,"rootUri":"{{{new Uri(workspace.Root).AbsoluteUri}}}","capabilities":{},"initializationOptions":{"debounceMs":0}}""");
        await connection.SendAsync(new { jsonrpc = "2.0", method = "initialized", @params = new { } });
        for (var i = 0; i < Documents; i++)
        {
            await connection.SendAsync(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = uris[i], languageId = "markdown", version = 1, text = texts[i] } } });
        }

        var published = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        await connection.ReadUntilAsync(message =>
        {
            if ((string?)message["method"] == "textDocument/publishDiagnostics")
            {
                published[(string)message["params"]!["uri"]!] = message["params"]!["diagnostics"]!.AsArray();
            }

            return uris.All(u => published.TryGetValue(u, out var onPost) && onPost.Any(d => (string?)d!["code"] == "ACME001"))
                && published[uris[5]].Any(d => (string?)d!["code"] == "CL0030");
        });
        var rules = await connection.RequestAsync(2, "contentlint/rules", "{}");
        await connection.RequestAsync(3, "shutdown", null);
        await connection.SendAsync(new { jsonrpc = "2.0", method = "exit" });
        await server.Process.WaitForExitAsync().WaitAsync(FramedJsonConnection.Timeout);

        Assert.Contains("Rule ACME003 ", (string)published[uris[5]].Single(d => (string?)d!["code"] == "CL0030")!["message"]!, StringComparison.Ordinal);
        Assert.All(uris.Where((_, i) => i != 5), u => Assert.DoesNotContain(published[u], d => ((string?)d!["code"])?.StartsWith("CL003", StringComparison.Ordinal) == true));
        Assert.Contains(rules["result"]!["rules"]!.AsArray(), r => (string?)r!["id"] == "ACME003");
        Assert.Equal(0, server.Process.ExitCode);
    }

    /// <summary>True once the engine finding that stops <paramref name="script"/> was published: on the post naming it, or on its own file.</summary>
    private static bool Stopped(Dictionary<string, JsonArray> published, TempWorkspace workspace, string post, HostileScript script) =>
        (published.TryGetValue(post, out var onPost) && onPost.Any(d => script.Expected.Contains((string?)d!["code"]) && ((string)d["message"]!).Contains($"Rule {script.Id} ", StringComparison.Ordinal)))
        || (published.TryGetValue(workspace.Uri("rules/" + script.FileName), out var onFile) && onFile.Any(d => script.Expected.Contains((string?)d!["code"])));
}
