using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Rules.Loading;
using ContentLint.Core.Testing;
using ContentLint.Pack;
using ContentLint.RuleHost.Client;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.Cli.Commands;

/// <summary>
/// Runs the cases of one case file with the rules they need: the rule packs of the nearest
/// <c>contentlint.yaml</c> (so the rule under test can be found by ID), plus the file named by
/// <c>ruleFile:</c>. Script rules are compiled and run in the rule host, like <c>check</c>'s, so a
/// script that crashes or hangs ends as CL0030/CL0034 in its case instead of ending the command. The
/// host parses each case with the configuration the case runs with (its own, the file's, or the
/// defaults), so the scripts are loaded once per distinct configuration of the file's cases.
/// </summary>
internal static class CaseRules
{
    /// <summary>The results of <paramref name="file"/>'s cases in their order, or null when a rule file has an error (printed).</summary>
    public static IReadOnlyList<RuleCaseResult>? Run(RuleCaseFile file, RuleHostClient host, CliConsole console, string locale, List<IDisposable> owned)
    {
        var results = new RuleCaseResult?[file.Cases.Length];
        var setups = file.Cases.Select(c => c.Configuration ?? file.Configuration).Distinct().ToList();
        for (var i = 0; i < Math.Max(1, setups.Count); i++)
        {
            var yaml = setups.Count == 0 ? file.Configuration : setups[i];
            if (!TryLoad(file, yaml, i, host, i == 0 ? console : null, locale, owned, out var postRules, out var batchRules))
            {
                return null;
            }

            var runner = new RuleCaseRunner(BuiltInRules.Shipped, postRules, batchRules);
            for (var c = 0; c < file.Cases.Length; c++)
            {
                if ((file.Cases[c].Configuration ?? file.Configuration) == yaml)
                {
                    results[c] = runner.Run(file, file.Cases[c]);
                }
            }
        }

        return [.. results.Select(r => r!)];
    }

    /// <summary>Loads the rules for the cases run with <paramref name="yaml"/>; rule-file findings are printed to <paramref name="console"/> (null: already printed).</summary>
    private static bool TryLoad(RuleCaseFile file, string? yaml, int index, RuleHostClient host, CliConsole? console, string locale, List<IDisposable> owned, out IReadOnlyList<PostRule> postRules, out IReadOnlyList<BatchRule> batchRules)
    {
        var full = Path.GetFullPath(file.Path);
        var directory = Path.GetDirectoryName(full)!;
        var configuration = LintConfiguration.CreateDefault(directory);
        if (ConfigurationLoader.Find(directory) is { } configPath && SourceLoader.Decode(configPath, File.ReadAllBytes(configPath)).Document is { } configSource)
        {
            configuration = ConfigurationLoader.Load(configSource, Path.GetDirectoryName(configPath)!, new Linter(configuration, BuiltInRules.Shipped).Catalog).Configuration;
        }

        // Two host sessions with the case's configuration: one per loading context (the pack, the rule file).
        HostedScriptRuleFileLoader Scripts(string part) => new(host, new HostSetup($"{full}#{index}-{part}", yaml, directory));
        var pack = new RulePackLoader([new DeclarativeRuleFileLoader(), Scripts("pack")]).Load(configuration, new RuleLoadBaseline(RuleCatalog.EngineRules, BuiltInRules.Shipped.Descriptors), scriptsEnabled: true, Relative);
        owned.Add(pack);
        var ok = Print(console, locale, pack.Reports.SelectMany(r => r.Diagnostics.Select(d => (r.Source, d))));
        var posts = pack.Rules.ToList();
        var batches = pack.AllBatchRules.ToList();
        postRules = posts;
        batchRules = batches;
        if (file.RuleFile is not { } ruleFile || posts.Any(r => r.Descriptor.Id == file.RuleId) || batches.Any(r => r.Descriptor.Id == file.RuleId))
        {
            return ok;
        }

        IRuleFileLoader[] loaders = [new DeclarativeRuleFileLoader(), Scripts("rule")];
        if (!File.Exists(ruleFile) || loaders.FirstOrDefault(l => l.Extensions.Any(e => ruleFile.EndsWith(e, StringComparison.OrdinalIgnoreCase))) is not { } loader)
        {
            console?.Error.WriteLine($"contentlint: {file.Path}: rule file not found or not a rule: {Relative(ruleFile)}");
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

        return ok;
    }

    /// <summary>Prints rule-file findings (when <paramref name="console"/> is given); false when one is an error.</summary>
    private static bool Print(CliConsole? console, string locale, IEnumerable<(SourceDocument Source, Diagnostic Diagnostic)> findings)
    {
        var ok = true;
        foreach (var (source, problem) in findings)
        {
            var at = source.Lines.GetPosition(problem.Span.Start);
            console?.Error.WriteLine(Printable.Escape($"{source.Path}({at.OneBasedLine},{at.OneBasedColumn}): {problem.Rule.Id}: {problem.MessageIn(locale)}"));
            ok &= problem.Rule.DefaultSeverity != Severity.Error;
        }

        return ok;
    }

    private static string Relative(string path) => TestCommand.Relative(path);
}
