using System.Text.Json.Nodes;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// The script rules of a configuration are loaded and warmed up in the rule host in one call, sent as
/// soon as the rule files are read. When that call fails (a script kills the host while loading or
/// warming up), each script is loaded again alone: the one at fault is reported, the others run.
/// </summary>
public sealed class HostPreloadTests : IDisposable
{
    // Kills the host when its warm-up runs it (the sample post has words): no guard of the sandbox catches a stack overflow in library code.
    private const string CrashAtWarmUp = """
        /*---
        id: ACME009
        name: crash-anywhere
        title: Kills the rule host on any post with words.
        severity: warning
        message: "{message}"
        ---*/
        if (Tokens.Words.Count > 0)
        {
            object o = 1;
            for (var i = 0; i < 200_000; i++) o = Tuple.Create(o);
            if (o.GetHashCode() == 3) Report(new TextSpan(0, 1), "hash");
        }
        """;

    private readonly string _cache = Directory.CreateTempSubdirectory("contentlint-preload-cache-").FullName;

    [Fact]
    public void Three_script_rules_cost_one_load_call_and_one_check_call()
    {
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\n");
        foreach (var id in new[] { "ACME001", "ACME002", "ACME003" })
        {
            repo.Write($"rules/{id}.csx", HostileScript.WellBehavedRule.Replace("ACME001", id, StringComparison.Ordinal).Replace("no-competitor", $"no-competitor-{id}", StringComparison.Ordinal));
        }

        repo.Write("posts/a.md", "---\nchannel: linkedin\n---\nWe beat Globex again.\n");

        var result = ContentLintProcess.Run(repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache, ["CONTENTLINT_TRACE"] = "1" }, "check", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["ACME001", "ACME002", "ACME003"], Rules(result.Stdout).Order(StringComparer.Ordinal));
        // Before: a load and a warm-up call per script (6), then the check.
        Assert.Contains("host-starts=1 host-calls=2", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_kills_the_host_in_the_shared_load_is_reported_and_the_others_still_run()
    {
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\n");
        repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        repo.Write("rules/ACME009.crash-anywhere.csx", CrashAtWarmUp);
        repo.Write("posts/a.md", "---\nchannel: linkedin\n---\nWe beat Globex again.\n");

        var result = ContentLintProcess.Run(repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache }, "check", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = JsonNode.Parse(result.Stdout)!["findings"]!.AsArray();
        Assert.Contains(findings, f => (string)f!["ruleId"]! == "ACME001" && (string)f["path"]! == "posts/a.md");
        var crash = Assert.Single(findings, f => (string)f!["ruleId"]! is "CL0030" or "CL0034");
        Assert.Equal("rules/ACME009.crash-anywhere.csx", (string)crash!["path"]!);
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private static IEnumerable<string> Rules(string json) =>
        JsonNode.Parse(json)!["findings"]!.AsArray().Select(f => (string)f!["ruleId"]!);
}
