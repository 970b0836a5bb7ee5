using System.Reflection;
using System.Text.Json.Nodes;
using Xunit.Sdk;
using ContentLint.Cli.Tests.TestSupport;
using ContentLint.Core.Scripting;
using ContentLint.Pack;
using ContentLint.RuleHost.Client;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// Every script of <c>tests/hostile-scripts</c> through the real executable, beside a well-behaved
/// script rule and a declarative rule: the run ends normally (exit 0 or 1, no stack trace, no hang),
/// each hostile script ends as the engine finding its file expects, with a position — on its own
/// file when it is refused at load, on the post naming it when it is stopped at run time — and the
/// other rules' findings are all there. Several scripts share one run; the rule host bisects a batch
/// that killed it, so each finding still names the right script.
/// </summary>
/// <remarks>
/// The groups are dealt to <see cref="Lanes"/> nested classes: xunit runs the tests of one class one
/// after another and different classes in parallel, and most groups keep one core busy (a compile
/// bomb runs to its compile budget, a hang to the watchdog's deadline), so one class of 11 groups
/// left the second core idle for minutes at the end of the Cli suite. The compile groups' runs get the
/// lower compile budget of <see cref="HostileScript.CompileBudgetMs"/>: a bomb is stopped the same way, sooner.
/// </remarks>
public sealed class HostileScriptTests
{
    /// <summary>How many scripts one CLI run checks at most.</summary>
    internal const int GroupSize = 8;

    /// <summary>How many classes (so how many parallel runs) share the groups.</summary>
    internal const int Lanes = 4;

    [Fact]
    public void The_suite_covers_every_class_of_attempt()
    {
        Assert.Equal(["compile", "crash", "hang", "oom"], HostileScript.All.Select(s => s.Class).Where(c => c != "policy").Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(HostileScript.All.Count, HostileScript.All.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(HostileScript.All, s => Assert.All(s.Expected, rule => Assert.Matches("^CL003[0-4]$", rule)));
    }

    [Fact]
    public void The_lanes_check_every_script_once()
    {
        var groups = HostileScript.Groups(GroupSize);
        var dealt = Enumerable.Range(0, Lanes).SelectMany(HostileScriptLane.GroupsOf).SelectMany(g => groups[g]).Select(s => s.FileName).ToList();
        Assert.Equal(HostileScript.All.Select(s => s.FileName).Order(StringComparer.Ordinal), dealt.Order(StringComparer.Ordinal));
    }

    /// <summary>Groups 0, 4, 8, …</summary>
    [Lane(0)]
    public sealed class Lane0 : HostileScriptLane;

    /// <summary>Groups 1, 5, 9, …</summary>
    [Lane(1)]
    public sealed class Lane1 : HostileScriptLane;

    /// <summary>Groups 2, 6, 10, …</summary>
    [Lane(2)]
    public sealed class Lane2 : HostileScriptLane;

    /// <summary>Groups 3, 7, 11, …</summary>
    [Lane(3)]
    public sealed class Lane3 : HostileScriptLane;
}

/// <summary>One CLI run per group of hostile scripts, with a script cache of its own; see <see cref="HostileScriptTests"/>.</summary>
public abstract class HostileScriptLane : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("contentlint-hostile-cache-").FullName;

    /// <summary>The groups lane <paramref name="lane"/> checks: every <see cref="HostileScriptTests.Lanes"/>-th one.</summary>
    public static IEnumerable<int> GroupsOf(int lane) =>
        [.. Enumerable.Range(0, HostileScript.Groups(HostileScriptTests.GroupSize).Count).Where(g => g % HostileScriptTests.Lanes == lane)];

    [Theory]
    [LaneGroups]
    public void Each_hostile_script_ends_as_an_engine_finding_and_the_other_rules_still_report(int group)
    {
        var scripts = HostileScript.Groups(HostileScriptTests.GroupSize)[group];
        using var repo = new TempRepo();
        repo.Write("contentlint.yaml", "rules: [rules]\nscripts: {budgetMs: 250}\n");
        repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        repo.Write("rules/ACME002.brand-spelling.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "examples", "declarative", "ACME002.brand-spelling.yaml")));
        foreach (var script in scripts)
        {
            repo.Write("rules/" + script.FileName, script.Text);
        }

        repo.Write("posts/a.md", "---\nchannel: linkedin\n---\nWe beat Globex on Linkedin.\n");

        var environment = new Dictionary<string, string?> { ["CONTENTLINT_CACHE_DIR"] = _cache };
        if (scripts[0].Class == "compile")
        {
            // Only compile bombs run to the compile budget; the other classes keep the default's margin for the
            // scripts loaded again into every host restarted after a crash or a hang.
            environment[RuleHostLimits.CompileBudgetVariable] = HostileScript.CompileBudgetMs;
        }

        var result = ContentLintProcess.Run(repo.Root, environment, "check", "--format", "json");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.True(result.HasNoStackTrace, result.ToString());
        var findings = JsonNode.Parse(result.Stdout)!["findings"]!.AsArray()
            .Select(f => new Seen((string)f!["ruleId"]!, (string)f["path"]!, (int)f["line"]!, (string)f["message"]!)).ToList();
        Assert.True(findings.Any(f => f is { Rule: "ACME001", Path: "posts/a.md", Line: 4 }), result.ToString());
        Assert.True(findings.Any(f => f is { Rule: "ACME002", Path: "posts/a.md", Line: 4 }), result.ToString());
        Assert.All(scripts, script => Assert.True(findings.Any(f => Stops(f, script)), $"{script.FileName}: no {string.Join(" or ", script.Expected)} for {script.Id}\n{result}"));
        Assert.All(scripts, script => Assert.Equal(IsRefusedForGood(script, findings), File.Exists(Path.Combine(_cache, RefusedEntry(script)))));
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);

    /// <summary>True when <paramref name="finding"/> is the engine finding that stopped <paramref name="script"/>, with a position.</summary>
    private static bool Stops(Seen finding, HostileScript script) =>
        script.Expected.Contains(finding.Rule) && finding.Line >= 1 && (finding.Path == "rules/" + script.FileName
            ? script.MarkedLine is not { } marked || finding.Line == marked
            : finding.Path == "posts/a.md" && finding.Message.Contains($"Rule {script.Id} ", StringComparison.Ordinal));

    /// <summary>
    /// True when <paramref name="script"/> was refused for a reason that does not depend on the
    /// machine (its code: a compile error, the sandbox): only those are cached as refused. One whose
    /// compilation outlasted its budget or killed the compiler (a loaded machine, a smaller stack)
    /// is not remembered, so the next run compiles it again.
    /// </summary>
    private static bool IsRefusedForGood(HostileScript script, List<Seen> findings)
    {
        var refusals = findings.Where(f => f.Path == "rules/" + script.FileName && f.Rule is "CL0031" or "CL0032").ToList();
        return refusals.Count > 0 && !refusals.Any(f => f.Message.Contains("compiling it took longer than", StringComparison.Ordinal) || f.Message.Contains("the compiler could not finish", StringComparison.Ordinal));
    }

    private static string RefusedEntry(HostileScript script) =>
        ScriptCache.Key(script.Text, ScriptEngineIdentity.DefaultCompiler, SandboxPolicy.Default, BuiltInRules.Shipped.Identity) + ".refused";

    /// <summary>Which lane a nested class of <see cref="HostileScriptTests"/> is.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    protected sealed class LaneAttribute(int lane) : Attribute
    {
        public int Lane { get; } = lane;
    }

    /// <summary>The groups of the lane whose class runs the theory (read from its <see cref="LaneAttribute"/>).</summary>
    private sealed class LaneGroupsAttribute : DataAttribute
    {
        public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
            GroupsOf(testMethod.ReflectedType!.GetCustomAttribute<LaneAttribute>()!.Lane).Select(g => new object[] { g });
    }

    private sealed record Seen(string Rule, string Path, int Line, string Message);
}
