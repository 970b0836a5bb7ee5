using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// Documents that reach the rule host at the same time share one call. When a script kills the host
/// on one of them, the crash is reported on that one post (each document of the failed call finds its
/// own culprit), and every other document still gets the findings of the other script rules.
/// </summary>
public sealed class HostBatchingTests : IDisposable
{
    private const int Files = 40;
    private const int Culprit = 17;

    // A stack overflow in library code: no guard of the sandbox catches it, the host process dies.
    private const string CrashOnKaboom = """
        /*---
        id: ACME009
        name: crash-on-kaboom
        title: Kills the rule host on a post that says Kaboom.
        severity: warning
        message: "{message}"
        ---*/
        if (Tokens.Words.Any(w => w.Text == "Kaboom"))
        {
            object o = 1;
            for (var i = 0; i < 200_000; i++) o = Tuple.Create(o);
            if (o.GetHashCode() == 3) Report(new TextSpan(0, 1), "hash");
        }
        """;

    private readonly string _cache = Directory.CreateTempSubdirectory("contentlint-batching-cache-").FullName;

    [Fact]
    public void A_crash_in_a_shared_call_is_reported_on_its_own_post_and_the_other_documents_keep_their_findings()
    {
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 250}\n");
        repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        repo.Write("rules/ACME009.crash-on-kaboom.csx", CrashOnKaboom);
        for (var i = 0; i < Files; i++)
        {
            repo.Write($"posts/p{i:00}.md", $"---\nchannel: linkedin\n---\nWe beat Globex{(i == Culprit ? " Kaboom" : string.Empty)} again.\n");
        }

        var result = ContentLintProcess.Run(repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache }, "check", "--format", "json");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        var findings = JsonNode.Parse(result.Stdout)!["findings"]!.AsArray()
            .Select(f => (Rule: (string)f!["ruleId"]!, Path: (string)f["path"]!, Line: (int)f["line"]!, Message: (string)f["message"]!)).ToList();
        Assert.Equal(Enumerable.Range(0, Files).Select(i => $"posts/p{i:00}.md"), findings.Where(f => f is { Rule: "ACME001", Line: 4 }).Select(f => f.Path).Order(StringComparer.Ordinal));
        var stopped = Assert.Single(findings, f => f.Rule is "CL0030" or "CL0034");
        Assert.Equal($"posts/p{Culprit}.md", stopped.Path);
        Assert.Equal(1, stopped.Line); // The post's span: the whole file, front matter included.
        Assert.Contains("Rule ACME009 ", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_over_many_files_sends_them_in_few_calls_and_each_file_keeps_its_own_findings_in_order()
    {
        const int many = 300;
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 1000}\n");
        repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        for (var i = 0; i < many; i++)
        {
            // Every third file names the competitor, on a line of its own number: a finding found in the wrong file shows.
            var lines = string.Concat(Enumerable.Repeat("Filler line.\n", i % 7));
            repo.Write($"posts/p{i:000}.md", $"---\nchannel: linkedin\n---\n{lines}{(i % 3 == 0 ? "We beat Globex." : "We ship.")}\n");
        }

        // A pause in the arrivals of 2 ms (the default lull) sends a short call; on a busy machine such pauses are many,
        // and the count below would measure the machine's load. With a 500 ms lull it counts how the calls are filled.
        var environment = new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache, ["CONTENTLINT_TRACE"] = "1", ["CONTENTLINT_HOST_BATCH_LULL_MS"] = "500" };
        var result = ContentLintProcess.Run(repo.Root, environment, "check", "--format", "json");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        var found = JsonNode.Parse(result.Stdout)!["findings"]!.AsArray()
            .Where(f => (string)f!["ruleId"]! == "ACME001").Select(f => ((string)f!["path"]!, (int)f["line"]!)).ToList();
        var expected = Enumerable.Range(0, many).Where(i => i % 3 == 0).Select(i => ($"posts/p{i:000}.md", 4 + (i % 7))).ToList();
        Assert.Equal(expected, found);
        // The workers hand their documents over and go on: calls carry many documents each (StreamedChecks), not one.
        var calls = int.Parse(Regex.Match(result.Stderr, @"host-calls=(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(calls < many / 10, $"{calls} calls to the rule host for {many} files:\n{result.Stderr}");
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
