using System.Text.Json.Nodes;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// The script rules of a configuration are loaded and warmed up in the rule host in one call, sent as
/// soon as the rule files are read. When that call fails (a script kills the host while compiling or
/// warming up), each script is loaded again alone: the one at fault is reported, the others run.
/// </summary>
public sealed class HostPreloadTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("contentlint-preload-cache-").FullName;

    [Fact]
    public void Three_script_rules_cost_one_load_call_and_one_check_call()
    {
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\n");
        foreach (var (id, name) in new[] { ("ACME001", "no-competitor"), ("ACME002", "no-rival"), ("ACME003", "no-foe") })
        {
            repo.Write($"rules/{id}.{name}.csx", HostileScript.WellBehavedRule.Replace("ACME001", id, StringComparison.Ordinal).Replace("no-competitor", name, StringComparison.Ordinal));
        }

        repo.Write("posts/a.md", "---\nchannel: linkedin\n---\nWe beat Globex again.\n");

        var result = ContentLintProcess.Run(repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache, ["CONTENTLINT_TRACE"] = "1" }, "check", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString()); // Warnings only.
        Assert.Equal(["ACME001", "ACME002", "ACME003"], Rules(result.Stdout).Order(StringComparer.Ordinal));
        // Before: a load and a warm-up call per script (6), then the check.
        Assert.Contains("host-starts=1 host-calls=2", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_that_kills_the_host_in_the_shared_load_is_reported_and_the_others_still_run()
    {
        // Kills the compiler (a stack overflow in Roslyn's binder, within a few seconds): the shared load call fails, and
        // each script is loaded again alone. (compile-nested-parentheses, used before, ran past 5 s of processor time
        // before its end, so each of its three loads cost up to the whole compile budget.)
        var bomb = HostileScript.All.Single(s => s.FileName == "compile-nested-unary-minus.csx");
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\n");
        repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        repo.Write("rules/" + bomb.FileName, bomb.Text);
        repo.Write("posts/a.md", "---\nchannel: linkedin\n---\nWe beat Globex again.\n");

        var result = ContentLintProcess.Run(repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache }, "check", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        var findings = JsonNode.Parse(result.Stdout)!["findings"]!.AsArray().Select(f => (Rule: (string)f!["ruleId"]!, Path: (string)f["path"]!)).ToList();
        Assert.Contains(("ACME001", "posts/a.md"), findings);
        var refused = Assert.Single(findings, f => f.Rule.StartsWith("CL003", StringComparison.Ordinal));
        Assert.Contains(refused.Rule, bomb.Expected);
        Assert.Equal("rules/" + bomb.FileName, refused.Path);
    }

    [Fact]
    public void A_check_runs_while_the_host_loads_yet_reports_a_broken_script_on_its_file_and_keeps_a_shipped_rule_its_broken_override_would_replace()
    {
        // The run does not wait for the host to load ACME002 or CL4004: the first is reported after the run, at its
        // position; the second names a shipped rule, so its load is waited for, and the shipped rule runs when it fails.
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\n");
        repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        repo.Write("rules/ACME002.broken.csx", "/*---\nid: ACME002\n---*/\nvar x = ;\n");
        repo.Write("rules/CL4004.shouting.csx", "/*---\nid: CL4004\nname: shouting\ncategory: brand-voice\n---*/\nvar y = ;\n");
        for (var i = 0; i < 20; i++)
        {
            repo.Write($"posts/p{i:00}.md", "---\nchannel: linkedin\n---\nWe beat Globex in a HUGE GIANT SALE.\n");
        }

        var result = ContentLintProcess.Run(repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache }, "check");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("rules/ACME002.broken.csx(4,9): error CL0031: Script rule does not compile: CS1525", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules/CL4004.shouting.csx(6,9): error CL0031: Script rule does not compile: CS1525", result.Stdout, StringComparison.Ordinal);
        for (var i = 0; i < 20; i++)
        {
            Assert.Contains($"posts/p{i:00}.md(4,9): warning ACME001", result.Stdout, StringComparison.Ordinal);
            Assert.Contains($"posts/p{i:00}.md(4,21): warning CL4004: 'HUGE GIANT SALE'", result.Stdout, StringComparison.Ordinal); // The shipped rule.
        }

        Assert.True(result.HasNoStackTrace, result.ToString());
        // The report lists the rules that ran: not the one whose script failed to load after the run had started.
        var sarif = ContentLintProcess.Run(repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache }, "check", "--format", "sarif");
        var listed = JsonNode.Parse(sarif.Stdout)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().Select(r => (string)r!["id"]!).ToList();
        Assert.Contains("ACME001", listed);
        Assert.Contains("CL4004", listed);
        Assert.DoesNotContain("ACME002", listed);
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    private static IEnumerable<string> Rules(string json) =>
        JsonNode.Parse(json)!["findings"]!.AsArray().Select(f => (string)f!["ruleId"]!);
}
