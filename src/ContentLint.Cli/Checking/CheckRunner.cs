using System.Collections.Concurrent;
using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Rules.Loading;
using ContentLint.Pack;
using ContentLint.RuleHost.Client;

namespace ContentLint.Cli.Checking;

/// <summary>
/// Runs <c>check</c>: expands folders into content files, checks each file with the configuration
/// nearest to it (or the one forced by <c>--config</c>) in parallel (fixing them with <c>--fix</c>) and returns the results in a deterministic order.
/// Each configuration's linter has the built-in rules plus the rules of its <c>rules:</c> folders;
/// findings on rule files are reported like configuration findings. Dispose to unload script rules.
/// </summary>
public sealed class CheckRunner(RuleHostClient? host = null, FixWriter? writer = null) : IDisposable
{
    private readonly FixWriter _writer = writer ?? new FixWriter();
    private readonly ConcurrentDictionary<string, ConfiguredLinter> _configurations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConfiguredLinter> _byDirectory = new(StringComparer.Ordinal);

    /// <summary>The rule host that compiles and runs the script rules of this run (started on the first script).</summary>
    public RuleHostClient Host { get; } = host ?? new RuleHostClient(RuleHostCommand.ThisExecutable());

    /// <summary>Unloads the script rules loaded by this run and stops the rule host.</summary>
    public void Dispose()
    {
        foreach (var configured in _configurations.Values)
        {
            configured.Dispose();
        }

        Host.Dispose();
    }

    /// <summary>Checks what <paramref name="options"/> names (one shard of n: without the findings of cross-post rules, which need every shard).</summary>
    public CheckOutcome Run(CheckOptions options, CancellationToken cancellationToken)
    {
        var collected = Collect(options, cancellationToken);
        var finished = new RunFinisher(options.WorkingDirectory, options.Warn ?? (_ => { }), cancellationToken).Finish(collected.Records, decide: options.Shard is not { Count: > 1 });
        var fixes = collected.Records.Select(r => r.Fixes).ToArray();
        var catalog = collected.CatalogConfig?.CatalogAfterRun() ?? collected.CatalogLinter.Catalog;
        var report = Report(collected.Others.Concat(finished), catalog, options.WorkingDirectory) with { FixesApplied = fixes.Sum(), FilesFixed = fixes.Count(f => f > 0) };
        return new CheckOutcome(report, collected.ConfigurationError);
    }

    /// <summary>The report of <paramref name="results"/>: sorted by path, with the rules of <paramref name="catalog"/>.</summary>
    internal static CheckReport Report(IEnumerable<FileLintResult> results, RuleCatalog catalog, string workingDirectory) =>
        new([.. results.OrderBy(r => r.Path, StringComparer.Ordinal)], catalog, workingDirectory);

    /// <summary>
    /// Checks the files <paramref name="options"/> names (its shard only) up to the run step: each file's
    /// record, and the results outside the partition (unreadable paths, configuration and rule files).
    /// </summary>
    internal CollectedRun Collect(CheckOptions options, CancellationToken cancellationToken)
    {
        var others = new List<FileLintResult>();
        var targets = new List<(string FullPath, ConfiguredLinter Config)>();
        var factory = Factory(options.WorkingDirectory, !options.NoScripts, loadInBackground: true);
        var forced = options.ConfigPath is null ? null : Forced(options.ConfigPath, options.WorkingDirectory, factory);
        var paths = options.Paths.Count == 0 ? ["."] : options.Paths;
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, options.WorkingDirectory);
            var isDirectory = Directory.Exists(full);
            if (!isDirectory && !File.Exists(full))
            {
                var defaults = new Linter(LintConfiguration.CreateDefault(options.WorkingDirectory), BuiltInRules.Shipped);
                others.Add(Unreadable(defaults, path, "not found"));
                continue;
            }

            var unreadable = new List<(string Path, string Reason)>();
            var files = isDirectory ? ContentFileFinder.Find(full, dir => (forced ?? ConfigurationFor(dir, factory, options.WorkingDirectory)).Linter.Configuration, unreadable) : [full];
            targets.AddRange(files.Select(f => (f, forced ?? ConfigurationFor(f, factory, options.WorkingDirectory))).Where(t => !t.Item2.HasConfigErrors));
            var reporter = forced ?? ConfigurationFor(full, factory, options.WorkingDirectory);
            others.AddRange(unreadable.Select(u => Unreadable(reporter.Linter, Display(u.Path, options.WorkingDirectory), u.Reason)));
        }

        var unique = targets.DistinctBy(t => t.FullPath).Where(t => options.Shard?.Contains(t.FullPath, RootOf(t.Config, options.WorkingDirectory)) != false).ToArray();
        if ((options.Stored || options.Shard is not null) && unique.Select(t => t.Config).Distinct().SelectMany(c => c.Linter.DocumentBatchRules).FirstOrDefault() is { } needsDocuments)
        {
            throw new CommandFailedException($"rule {needsDocuments.Id} is a run-level rule over every parsed post (Documents): --shard, --facts-out and --cache need cross-post rules that keep per-post facts (Collect); port it (docs/writing-rules.md, run-level rules) or run without these options");
        }

        var records = new FileCheckPipeline(_writer, options, p => Display(p, options.WorkingDirectory), cancellationToken).Run(unique);
        others.AddRange(_configurations.Values.SelectMany(c => c.ConfigResults).Where(r => !r.Findings.IsEmpty).DistinctBy(r => r.Path));
        others.AddRange(_configurations.Values.SelectMany(c => c.RuleFileResultsAfterRun()).DistinctBy(r => r.Path));
        var catalog = forced ?? _configurations.Values.FirstOrDefault();
        return new CollectedRun(records, others, _configurations.Values.Any(c => c.HasConfigErrors), catalog?.Linter ?? new Linter(LintConfiguration.CreateDefault(options.WorkingDirectory), BuiltInRules.Shipped), catalog);
    }

    /// <summary>The linter of a configuration named by its file (full path), or of the defaults when null: for <c>merge</c>, which finds it in a facts file.</summary>
    internal ConfiguredLinter LinterForConfig(string? configPath, string workingDirectory, bool scriptsEnabled)
    {
        var factory = Factory(workingDirectory, scriptsEnabled);
        return configPath is null ? _configurations.GetOrAdd("(defaults)", _ => factory.CreateDefault(workingDirectory)) : Forced(configPath, workingDirectory, factory);
    }

    /// <summary>The folder shard partitions and the cache are relative to: the configuration's, or the working directory.</summary>
    internal static string RootOf(ConfiguredLinter config, string workingDirectory) =>
        config.ConfigPath is { } path ? Path.GetDirectoryName(path)! : workingDirectory;

    /// <summary>
    /// The linter <c>check</c> uses for the files of <paramref name="directory"/>, or the one of
    /// <paramref name="configPath"/> (<c>--config</c>): same discovery, same rule folders. For
    /// <c>rules</c> and <c>count</c>, which must see what <c>check</c> runs.
    /// </summary>
    public ConfiguredLinter LinterFor(string directory, string? configPath, string workingDirectory, bool scriptsEnabled)
    {
        var factory = Factory(workingDirectory, scriptsEnabled);
        return configPath is null ? ConfigurationFor(directory, factory, workingDirectory) : Forced(configPath, workingDirectory, factory);
    }

    /// <summary>The factory of this run's linters; <paramref name="loadInBackground"/> (<c>check</c>): see <see cref="HostedScriptRuleFileLoader"/>.</summary>
    private LinterFactory Factory(string workingDirectory, bool scriptsEnabled, bool loadInBackground = false) =>
        new(BuiltInRules.Shipped, new HostedScriptRuleFileLoader(Host, loadInBackground: loadInBackground), scriptsEnabled, p => Display(p, workingDirectory));

    private ConfiguredLinter Forced(string configPath, string workingDirectory, LinterFactory factory) =>
        _configurations.GetOrAdd(Path.GetFullPath(configPath, workingDirectory), factory.Create);

    /// <summary>The linter of the configuration nearest to <paramref name="path"/> (a file or folder), built once per configuration.</summary>
    private ConfiguredLinter ConfigurationFor(string path, LinterFactory factory, string workingDirectory)
    {
        var directory = Directory.Exists(path) ? path : Path.GetDirectoryName(path)!;
        return _byDirectory.GetOrAdd(directory, dir => ConfigurationDiscovery.ConfigFileFor(dir) is { } configPath
            ? _configurations.GetOrAdd(configPath, factory.Create)
            : _configurations.GetOrAdd("(defaults)", _ => factory.CreateDefault(workingDirectory)));
    }

    private static FileLintResult Unreadable(Linter linter, string displayPath, string reason) =>
        linter.FromDiagnostics(displayPath, null, null, [Diagnostic.Create(ParseRules.UnreadablePath, default, ("path", displayPath), ("reason", reason))]);

    /// <summary>A path as <c>check</c> displays it: relative to <paramref name="workingDirectory"/>, with forward slashes.</summary>
    internal static string Display(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}

/// <summary>A run checked up to its run step (<see cref="CheckRunner.Collect"/>).</summary>
/// <param name="Records">Each file of the run (of its shard).</param>
/// <param name="Others">Results outside the partition: unreadable paths, configuration and rule files.</param>
/// <param name="ConfigurationError">True when a configuration had errors.</param>
/// <param name="CatalogLinter">The linter whose rules the report lists.</param>
/// <param name="CatalogConfig">Its configuration, or null when none was loaded.</param>
internal sealed record CollectedRun(FileRecord[] Records, List<FileLintResult> Others, bool ConfigurationError, Linter CatalogLinter, ConfiguredLinter? CatalogConfig);
