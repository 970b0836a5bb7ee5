using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Cli.Tests.TestSupport;

/// <summary>An input of action.yml: its default and the line that declares it.</summary>
internal sealed record ActionInput(string Name, string Default, int Line);

/// <summary>A step of action.yml that runs a script: its <c>env:</c> (name → expression) and its script.</summary>
internal sealed record ScriptStep(string Name, IReadOnlyDictionary<string, string> Environment, string Script, int Line);

/// <summary>What the action's scripts ran: each call of <c>dotnet</c> or <c>contentlint</c> (program first), the step outputs, the exit code.</summary>
internal sealed record ActionRun(IReadOnlyList<IReadOnlyList<string>> Calls, IReadOnlyDictionary<string, string> Outputs, int ExitCode, string Log)
{
    /// <summary>The arguments of each <c>contentlint</c> call.</summary>
    public IEnumerable<IReadOnlyList<string>> ContentLintCalls => Calls.Where(c => c[0] == "contentlint").Select(c => (IReadOnlyList<string>)[.. c.Skip(1)]);
}

/// <summary>
/// The repository's composite action (action.yml), read with YamlDotNet, and its scripts run as a GitHub runner
/// runs them (<c>bash -eo pipefail</c>, the step's <c>env:</c> with <c>${{ inputs.NAME }}</c> and
/// <c>${{ steps.ID.outputs.NAME }}</c> resolved), with <c>dotnet</c> and <c>contentlint</c> replaced by
/// recorders on PATH: what the action would run, without a runner, a network or a build.
/// </summary>
internal sealed partial class CompositeAction
{
    public const string File = "action.yml";

    private CompositeAction(YamlMappingNode root)
    {
        var inputs = (YamlMappingNode)root.Children["inputs"];
        Inputs = [.. inputs.Children.Select(i => new ActionInput(((YamlScalarNode)i.Key).Value!, Scalar(i.Value, "default") ?? string.Empty, (int)i.Key.Start.Line))];
        var steps = (YamlSequenceNode)((YamlMappingNode)root.Children["runs"]).Children["steps"];
        StepsText = [.. steps.Select(s => (string.Join('\n', s.AllNodes.OfType<YamlScalarNode>().Select(n => n.Value)), (int)s.Start.Line))];
        Scripts = [.. steps.OfType<YamlMappingNode>().Where(s => s.Children.ContainsKey("run")).Select(s => new ScriptStep(
            Scalar(s, "name") ?? "(unnamed)",
            s.Children.TryGetValue("env", out var env) ? ((YamlMappingNode)env).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!) : new Dictionary<string, string>(),
            Scalar(s, "run")!,
            (int)s.Children["run"].Start.Line))];
    }

    public IReadOnlyList<ActionInput> Inputs { get; }

    /// <summary>Every step as YAML text, with its line: where inputs are used.</summary>
    public IReadOnlyList<(string Text, int Line)> StepsText { get; }

    public IReadOnlyList<ScriptStep> Scripts { get; }

    public static CompositeAction Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(System.IO.File.ReadAllText(Path.Combine(RepoPaths.Root, File))));
        return new CompositeAction((YamlMappingNode)stream.Documents[0].RootNode);
    }

    /// <summary>Runs every script step in order (stopping at the first that fails, as a runner does) in <paramref name="workspace"/>, with these inputs (others at their defaults).</summary>
    public ActionRun Run(string workspace, IReadOnlyDictionary<string, string> inputs, int contentLintExitCode = 0)
    {
        var temp = Directory.CreateTempSubdirectory("contentlint-action-").FullName;
        try
        {
            var bin = Directory.CreateDirectory(Path.Combine(temp, "bin")).FullName;
            var record = Path.Combine(temp, "calls");
            foreach (var (program, exitCode) in new[] { ("dotnet", 0), ("contentlint", contentLintExitCode) })
            {
                // One call: its words separated by U+001F, ended by U+001E.
                var path = Path.Combine(bin, program);
                System.IO.File.WriteAllText(path, $"#!/bin/sh\n{{ printf '%s\\037' \"$(basename \"$0\")\" \"$@\"; printf '\\036'; }} >> '{record}'\nexit {exitCode}\n");
                if (!OperatingSystem.IsWindows())
                {
                    System.IO.File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            var outputs = Path.Combine(temp, "outputs");
            System.IO.File.WriteAllText(outputs, string.Empty);
            var runner = new Dictionary<string, string?>
            {
                ["PATH"] = $"{bin}:{Environment.GetEnvironmentVariable("PATH")}",
                ["RUNNER_TEMP"] = Directory.CreateDirectory(Path.Combine(temp, "runner")).FullName,
                ["GITHUB_OUTPUT"] = outputs,
                ["GITHUB_PATH"] = Path.Combine(temp, "path"),
                ["GITHUB_ACTION_PATH"] = RepoPaths.Root,
            };
            var log = new System.Text.StringBuilder();
            var exit = 0;
            foreach (var step in Scripts)
            {
                var environment = new Dictionary<string, string?>(runner);
                foreach (var (name, expression) in step.Environment)
                {
                    environment[name] = Resolve(expression, inputs, ReadOutputs(outputs));
                }

                var result = ContentLintProcess.RunProgram("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.Script], workspace, environment);
                log.Append($"--- {step.Name}: exit {result.ExitCode}\n{result.Stdout}{result.Stderr}");
                exit = result.ExitCode;
                if (exit != 0)
                {
                    break;
                }
            }

            var calls = System.IO.File.Exists(record) ? System.IO.File.ReadAllText(record).Split('\u001e', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
            return new ActionRun([.. calls.Select(c => (IReadOnlyList<string>)c.Split('\u001f')[..^1])], ReadOutputs(outputs), exit, log.ToString());
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>The value of an <c>env:</c> expression; one this helper does not know fails the test (teach it, or keep the action simple).</summary>
    private string Resolve(string expression, IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, string> outputs)
    {
        var match = EnvExpression().Match(expression);
        Assert.True(match.Success, $"{File}: env expression '{expression}': only ${{{{ inputs.NAME }}}} and ${{{{ steps.ID.outputs.NAME }}}} are understood by {nameof(CompositeAction)}");
        var name = match.Groups["name"].Value;
        return match.Groups["kind"].Value == "inputs"
            ? inputs.GetValueOrDefault(name) ?? Inputs.SingleOrDefault(i => i.Name == name)?.Default ?? throw new InvalidOperationException($"{File}: a step uses inputs.{name}, which is not declared")
            : outputs.GetValueOrDefault(name) ?? string.Empty;
    }

    private static Dictionary<string, string> ReadOutputs(string path) =>
        System.IO.File.ReadAllLines(path).Select(l => l.Split('=', 2)).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last()[1]);

    private static string? Scalar(YamlNode node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(key, out var value) ? ((YamlScalarNode)value).Value : null;

    [GeneratedRegex(@"^\$\{\{\s*(?<kind>inputs|steps\.\w+\.outputs)\.(?<name>[\w-]+)\s*\}\}$")]
    private static partial Regex EnvExpression();
}
