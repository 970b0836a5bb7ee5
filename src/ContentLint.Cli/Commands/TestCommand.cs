using System.CommandLine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Testing;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint test [paths]</c>: runs rule case files (<c>*.cases.yaml</c>) and reports pass/fail with a readable diff.</summary>
public static class TestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Case files or folders to search for *.cases.yaml (default: the current folder)." };
        var command = new Command("test", "Run rule test cases: posts with the expected findings marked inline; exit code 1 when a case fails.") { paths };
        command.SetAction(parseResult =>
        {
            var files = Find(parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["."], console, out var missing);
            if (missing)
            {
                return ExitCodes.UsageOrConfigError;
            }

            int passed = 0, failed = 0;
            foreach (var path in files)
            {
                RuleCaseFile file;
                try
                {
                    file = RuleCaseFileParser.Parse(new SourceDocument(Relative(path), File.ReadAllText(path)));
                }
                catch (FormatException ex)
                {
                    console.Error.WriteLine($"contentlint: {ex.Message}");
                    return ExitCodes.UsageOrConfigError;
                }

                if (!TryLoadRule(file, console, out var postRules, out var batchRules))
                {
                    return ExitCodes.UsageOrConfigError;
                }

                foreach (var result in new RuleCaseRunner(postRules, batchRules).Run(file))
                {
                    var line = $"{file.Path}({result.Case.Line}): {file.RuleId} › {result.Case.Name}";
                    if (result.Passed)
                    {
                        passed++;
                        console.Out.WriteLine($"PASS {line}");
                        continue;
                    }

                    failed++;
                    console.Out.WriteLine($"FAIL {line}");
                    console.Out.WriteLine(result.Report);
                }
            }

            console.Out.WriteLine($"{passed} passed, {failed} failed ({files.Count} case files)");
            return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static bool TryLoadRule(RuleCaseFile file, CliConsole console, out IReadOnlyList<PostRule> postRules, out IReadOnlyList<BatchRule> batchRules)
    {
        postRules = [];
        batchRules = [];
        if (file.RuleFile is not { } ruleFile)
        {
            return true; // A built-in rule, found by ID.
        }

        if (!File.Exists(ruleFile))
        {
            console.Error.WriteLine($"contentlint: {file.Path}: rule file not found: {Relative(ruleFile)}");
            return false;
        }

        var source = new SourceDocument(Relative(ruleFile), File.ReadAllText(ruleFile));
        var (postRule, batchRule, problems) = DeclarativeRuleLoader.Load(source);
        foreach (var problem in problems)
        {
            var at = source.Lines.GetPosition(problem.Span.Start);
            console.Error.WriteLine($"{source.Path}({at.OneBasedLine},{at.OneBasedColumn}): {problem.Rule.Id}: {problem.Message}");
        }

        postRules = postRule is null ? [] : [postRule];
        batchRules = batchRule is null ? [] : [batchRule];
        return postRule is not null || batchRule is not null;
    }

    private static List<string> Find(string[] paths, CliConsole console, out bool missing)
    {
        missing = false;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.cases.yaml", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                console.Error.WriteLine($"contentlint: path not found: {path}");
                missing = true;
            }
        }

        return [.. files.Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal)];
    }

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace(Path.DirectorySeparatorChar, '/');
}
