using System.Text.RegularExpressions;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Install;

/// <summary>
/// The composite action (action.yml) without GitHub: its scripts run in bash with <c>dotnet</c> and
/// <c>contentlint</c> recorded instead of run (<see cref="CompositeAction"/>). Every input changes what it
/// runs, every <c>contentlint</c> command it would run parses with the real CLI, and docs/ci.md documents
/// exactly its inputs, with their defaults.
/// </summary>
public sealed partial class GitHubActionTests : IDisposable
{
    /// <summary>A value for each input, other than its default; an input added to action.yml needs one here.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["version"] = "9.9.9",
        ["path"] = "feed",
        ["paths"] = "posts calendar",
        ["format"] = "github",
        ["baseline"] = ".contentlint-baseline.json",
        ["shard"] = "2/3",
        ["facts-out"] = "facts-2.json",
        ["merge"] = "facts/*.json",
        ["severity-threshold"] = "warning",
    };

    private readonly CompositeAction _action = CompositeAction.Load();
    private readonly TempRepo _workspace = new();

    public GitHubActionTests()
    {
        _workspace.Write("facts/facts-1.json", "{}");
        _workspace.Write("facts/facts-2.json", "{}");
    }

    public void Dispose() => _workspace.Dispose();

    [SkippableFact]
    public void Every_input_changes_what_the_action_runs_and_every_command_parses()
    {
        Skip.If(OperatingSystem.IsWindows(), "the action's steps are bash scripts");
        var defaults = Run(new Dictionary<string, string>());
        Assert.True(defaults.ExitCode == 0, defaults.Log);
        var failures = new List<string>();
        foreach (var input in _action.Inputs)
        {
            if (!Samples.TryGetValue(input.Name, out var sample))
            {
                failures.Add($"{CompositeAction.File}:{input.Line}: input '{input.Name}' has no sample value in {nameof(GitHubActionTests)}.{nameof(Samples)}: add one");
                continue;
            }

            var run = Run(new Dictionary<string, string> { [input.Name] = sample });
            if (run.ExitCode != 0 || Same(run.Calls, defaults.Calls))
            {
                failures.Add($"{CompositeAction.File}:{input.Line}: input '{input.Name}: {sample}' {(run.ExitCode != 0 ? "fails the action" : "changes nothing the action runs")}\n{run.Log}");
            }

            failures.AddRange(run.ContentLintCalls.Select(c => DocumentedCommands.ParseError(c) is { } error ? $"{CompositeAction.File}: with '{input.Name}: {sample}' the action runs `contentlint {string.Join(' ', c)}`: {error}" : null).OfType<string>());
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [SkippableFact]
    public void Without_a_version_it_installs_its_own_revision_from_that_folder_only()
    {
        Skip.If(OperatingSystem.IsWindows(), "the action's steps are bash scripts");
        var calls = Run(new Dictionary<string, string>()).Calls.Where(c => c[0] == "dotnet").ToList();

        var pack = Assert.Single(calls, c => c[1] == "pack");
        Assert.True(File.Exists(Path.Combine(pack[2], "ContentLint.Cli.csproj")), $"{CompositeAction.File} packs '{pack[2]}', which is not the CLI project");
        var install = Assert.Single(calls, c => c[1] == "tool");
        Assert.Contains("--configfile", install);
        Assert.DoesNotContain("--version", install);
    }

    [SkippableFact]
    public void Shard_jobs_write_facts_and_the_merge_job_reports_the_whole_run()
    {
        Skip.If(OperatingSystem.IsWindows(), "the action's steps are bash scripts");
        var alone = Run(new Dictionary<string, string> { ["shard"] = "2/3" });
        Assert.Equal(2, alone.ContentLintCalls.Count());
        Assert.All(alone.ContentLintCalls, c => Assert.Contains("check . --shard 2/3 ", string.Join(' ', c), StringComparison.Ordinal));

        var shard = Run(new Dictionary<string, string> { ["shard"] = "2/3", ["facts-out"] = "facts-2.json", ["baseline"] = "b.json" });
        Assert.Equal(new[] { "check", ".", "--shard", "2/3", "--facts-out", "facts-2.json" }, Assert.Single(shard.ContentLintCalls));
        Assert.Equal("facts-2.json", shard.Outputs["facts-file"]);

        var merge = Run(new Dictionary<string, string> { ["merge"] = "facts/*.json", ["baseline"] = "b.json" });
        Assert.True(merge.ExitCode == 0, merge.Log);
        Assert.All(merge.ContentLintCalls, c => Assert.Equal(new[] { "merge", "facts/facts-1.json", "facts/facts-2.json", "--severity-threshold", "error", "--baseline", "b.json" }, c.Take(7)));
        Assert.Equal(2, merge.ContentLintCalls.Count());

        var nothingToMerge = Run(new Dictionary<string, string> { ["merge"] = "elsewhere/*.json" });
        Assert.Equal(2, nothingToMerge.ExitCode);
        Assert.Contains("no facts file matches 'elsewhere/*.json'", nothingToMerge.Log, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_usage_error_fails_the_check_step_and_findings_fail_the_result_step()
    {
        Skip.If(OperatingSystem.IsWindows(), "the action's steps are bash scripts");
        var usage = _action.Run(_workspace.Root, new Dictionary<string, string>(), contentLintExitCode: 2);
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal("2", usage.Outputs["exit-code"]);
        Assert.DoesNotContain("--- Result", usage.Log, StringComparison.Ordinal);

        var findings = _action.Run(_workspace.Root, new Dictionary<string, string>(), contentLintExitCode: 1);
        Assert.Equal(1, findings.ExitCode);
        Assert.Equal("1", findings.Outputs["exit-code"]);
        Assert.Equal(2, findings.ContentLintCalls.Count());
    }

    [Fact]
    public void Every_input_is_used_by_a_step_and_documented_in_ci_md_with_its_default()
    {
        var used = string.Join('\n', _action.StepsText.Select(s => s.Text));
        var unused = _action.Inputs.Where(i => !used.Contains($"inputs.{i.Name} ", StringComparison.Ordinal) && !used.Contains($"inputs.{i.Name}}}", StringComparison.Ordinal));
        Assert.True(!unused.Any(), string.Join('\n', unused.Select(i => $"{CompositeAction.File}:{i.Line}: input '{i.Name}' is used by no step")));

        var documented = InputRow().Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ci.md")))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["default"].Value.Trim().Trim('`'));
        Assert.Equal(_action.Inputs.Select(i => i.Name).Order(), documented.Keys.Order());
        Assert.All(_action.Inputs, i => Assert.True(documented[i.Name] == i.Default, $"docs/ci.md: the default of '{i.Name}' is '{documented[i.Name]}'; {CompositeAction.File}:{i.Line} says '{i.Default}'"));
    }

    [Fact]
    public void The_action_steps_written_in_ci_md_pass_only_its_inputs()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "ci.md"));
        var names = _action.Inputs.Select(i => i.Name).ToHashSet();
        var uses = Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains("uses: OWNER/contentlint@", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uses);
        foreach (var start in uses)
        {
            var indent = lines[start].IndexOf('-', StringComparison.Ordinal);
            var with = lines.Skip(start + 1).TakeWhile(l => l.Length > indent + 1 && l[..(indent + 1)].Trim().Length == 0).Select(l => WithKey().Match(l)).Where(m => m.Success);
            Assert.All(with, m => Assert.True(names.Contains(m.Groups[1].Value), $"docs/ci.md:{start + 1}: the action has no input '{m.Groups[1].Value}'"));
        }
    }

    private ActionRun Run(Dictionary<string, string> inputs) => _action.Run(_workspace.Root, inputs);

    private static bool Same(IReadOnlyList<IReadOnlyList<string>> a, IReadOnlyList<IReadOnlyList<string>> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.SequenceEqual(p.Second));

    [GeneratedRegex(@"^\| `(?<name>[\w-]+)` \|(?<default>[^|]*)\|", RegexOptions.Multiline)]
    private static partial Regex InputRow();

    [GeneratedRegex(@"^\s+([\w-]+):(?!\s*$)")]
    private static partial Regex WithKey();
}
