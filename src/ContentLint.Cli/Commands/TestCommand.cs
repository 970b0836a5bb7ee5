using System.CommandLine;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Rules.Loading;
using ContentLint.Core.Scripting;
using ContentLint.Core.Testing;
using ContentLint.Pack;

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
                if (!TryLoadRule(file, console, LocaleOption.Resolve(parseResult, locale), owned, out var postRules, out var batchRules))
                {
                    return ExitCodes.UsageOrConfigError;
                }

                foreach (var result in new RuleCaseRunner(BuiltInRules.Shipped, postRules, batchRules).Run(file))
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
            return failed > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The rules a case file needs: the rule packs of the nearest contentlint.yaml (so the rule under
    /// test can be found by ID), plus the file named by <c>ruleFile:</c> (declarative or script).
    /// </summary>
    private static bool TryLoadRule(RuleCaseFile file, CliConsole console, string locale, List<IDisposable> owned, out IReadOnlyList<PostRule> postRules, out IReadOnlyList<BatchRule> batchRules)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file.Path))!;
        var configuration = LintConfiguration.CreateDefault(directory);
        if (ConfigurationLoader.Find(directory) is { } configPath && SourceLoader.Decode(configPath, File.ReadAllBytes(configPath)).Document is { } configSource)
        {
            configuration = ConfigurationLoader.Load(configSource, Path.GetDirectoryName(configPath)!, new Linter(configuration, BuiltInRules.Shipped).Catalog).Configuration;
        }

        var scripts = new ScriptLoader(BuiltInRules.ScriptSettings);
        IRuleFileLoader[] loaders = [new DeclarativeRuleFileLoader(), new ScriptRuleFileLoader(scripts)];
        var pack = new RulePackLoader(loaders).Load(configuration, new RuleLoadBaseline(RuleCatalog.EngineRules, BuiltInRules.Shipped.Descriptors), scriptsEnabled: true, Relative);
        owned.Add(pack);
        var ok = Print(console, locale, pack.Reports.SelectMany(r => r.Diagnostics.Select(d => (r.Source, d))));
        var posts = pack.Rules.ToList();
        var batches = pack.AllBatchRules.ToList();
        if (file.RuleFile is { } ruleFile && !pack.Rules.Any(r => r.Descriptor.Id == file.RuleId) && !batches.Any(r => r.Descriptor.Id == file.RuleId))
        {
            if (!File.Exists(ruleFile) || loaders.FirstOrDefault(l => l.Extensions.Any(e => ruleFile.EndsWith(e, StringComparison.OrdinalIgnoreCase))) is not { } loader)
            {
                console.Error.WriteLine($"contentlint: {file.Path}: rule file not found or not a rule: {Relative(ruleFile)}");
                postRules = [];
                batchRules = [];
                return false;
            }

            var source = new SourceDocument(Relative(ruleFile), File.ReadAllText(ruleFile));
            var result = loader.Load(source, new RuleLoadContext(configuration, ScriptsEnabled: true));
            ok &= Print(console, locale, result.Diagnostics.Select(d => (source, d))) && (result.Rule ?? (object?)result.BatchRule) is not null;
            if (result.Rule is { } rule)
            {
                posts.Add(rule);
                owned.Add(rule as IDisposable ?? pack);
            }

            if (result.BatchRule is { } batch)
            {
                batches.Add(batch);
            }
        }

        postRules = posts;
        batchRules = batches;
        return ok;
    }

    /// <summary>Prints rule-file findings; false when one is an error.</summary>
    private static bool Print(CliConsole console, string locale, IEnumerable<(SourceDocument Source, Diagnostic Diagnostic)> findings)
    {
        var ok = true;
        foreach (var (source, problem) in findings)
        {
            var at = source.Lines.GetPosition(problem.Span.Start);
            console.Error.WriteLine(Printable.Escape($"{source.Path}({at.OneBasedLine},{at.OneBasedColumn}): {problem.Rule.Id}: {problem.MessageIn(locale)}"));
            ok &= problem.Rule.DefaultSeverity != Severity.Error;
        }

        return ok;
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

    private static string Relative(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace(Path.DirectorySeparatorChar, '/');
}
