using System.CommandLine;
using ContentLint.Core.Documents;
using ContentLint.Core.Testing;
using ContentLint.RuleHost.Client;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint test [paths]</c>: runs rule case files (<c>*.cases.yaml</c>) and reports pass/fail with a readable diff.</summary>
public static class TestCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Case files or folders to search for *.cases.yaml (default: the current folder)." };
        var locale = LocaleOption.Create();
        var command = new Command("test", "Run rule test cases: posts with the expected findings marked inline; exit code 1 when a case fails.") { paths, locale };
        command.SetAction(parseResult =>
        {
            var files = Find(parseResult.GetValue(paths) is { Length: > 0 } given ? given : ["."], console, out var missing);
            if (missing)
            {
                return ExitCodes.UsageOrConfigError;
            }

            int passed = 0, failed = 0;
            using var host = new RuleHostClient(RuleHostCommand.ThisExecutable());
            foreach (var path in files)
            {
                RuleCaseFile file;
                try
                {
                    file = RuleCaseFileParser.Parse(new SourceDocument(Relative(path), File.ReadAllText(path)));
                }
                catch (FormatException ex)
                {
                    console.Error.WriteLine($"contentlint: error: {Printable.Escape(ex.Message)}");
                    return ExitCodes.UsageOrConfigError;
                }

                var owned = new List<IDisposable>();
                using var release = new Release(owned);
                if (CaseRules.Run(file, host, console, LocaleOption.Resolve(parseResult, locale), owned) is not { } results)
                {
                    return ExitCodes.UsageOrConfigError;
                }

                foreach (var result in results)
                {
                    var line = Printable.Escape($"{file.Path}({result.Case.Line}): {file.RuleId} › {result.Case.Name}");
                    if (result.Passed)
                    {
                        passed++;
                        console.Out.WriteLine($"PASS {line}");
                        continue;
                    }

                    failed++;
                    console.Out.WriteLine($"FAIL {line}");
                    console.Out.WriteLine(Printable.EscapeKeepingLineBreaks(result.Report));
                }
            }

            console.Out.WriteLine($"{passed} passed, {failed} failed ({files.Count} case files)");
            Trace.WriteIfEnabled(console.Error, host);
            return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
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
                console.Error.WriteLine($"contentlint: error: path not found: '{Printable.Escape(path)}'");
                missing = true;
            }
        }

        return [.. files.Select(Path.GetFullPath).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>Unloads the script rules of one case file when its cases are done.</summary>
    private sealed class Release(List<IDisposable> owned) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in owned.Distinct())
            {
                item.Dispose();
            }
        }
    }

    /// <summary>A path as the command prints it: relative to the current folder, with forward slashes.</summary>
    internal static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace(Path.DirectorySeparatorChar, '/');
}
