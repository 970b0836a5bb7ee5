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

    /// <summary>Checks what <paramref name="options"/> names.</summary>
    public CheckOutcome Run(CheckOptions options, CancellationToken cancellationToken)
    {
        var results = new List<FileLintResult>();
        var targets = new List<(string FullPath, ConfiguredLinter Config)>();
        var factory = Factory(options.WorkingDirectory, !options.NoScripts);
        var forced = options.ConfigPath is null ? null : Forced(options.ConfigPath, options.WorkingDirectory, factory);
        var paths = options.Paths.Count == 0 ? ["."] : options.Paths;
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, options.WorkingDirectory);
            var isDirectory = Directory.Exists(full);
            if (!isDirectory && !File.Exists(full))
            {
                var defaults = new Linter(LintConfiguration.CreateDefault(options.WorkingDirectory), BuiltInRules.Shipped);
                results.Add(Unreadable(defaults, path, "not found"));
                continue;
            }

            var unreadable = new List<(string Path, string Reason)>();
            var files = isDirectory ? ContentFileFinder.Find(full, dir => (forced ?? ConfigurationFor(dir, factory, options.WorkingDirectory)).Linter.Configuration, unreadable) : [full];
            targets.AddRange(files.Select(f => (f, forced ?? ConfigurationFor(f, factory, options.WorkingDirectory))).Where(t => !t.Item2.HasConfigErrors));
            var reporter = forced ?? ConfigurationFor(full, factory, options.WorkingDirectory);
            results.AddRange(unreadable.Select(u => Unreadable(reporter.Linter, Display(u.Path, options.WorkingDirectory), u.Reason)));
        }

        var unique = targets.DistinctBy(t => t.FullPath).ToArray();
        var fileResults = new FileCheckPipeline(_writer, options, p => Display(p, options.WorkingDirectory), cancellationToken).Run(unique);
        results.AddRange(fileResults.Select(r => r.Result));
        results.AddRange(_configurations.Values.SelectMany(c => c.ConfigResults).Where(r => !r.Findings.IsEmpty).DistinctBy(r => r.Path));
        results.AddRange(_configurations.Values.SelectMany(c => c.RuleFileResults).DistinctBy(r => r.Path));
        var sorted = results.OrderBy(r => r.Path, StringComparer.Ordinal).ToImmutableArray();
        var anyLinter = forced?.Linter ?? _configurations.Values.FirstOrDefault()?.Linter ?? new Linter(LintConfiguration.CreateDefault(options.WorkingDirectory), BuiltInRules.Shipped);
        var report = new CheckReport(sorted, anyLinter.Catalog, options.WorkingDirectory, fileResults.Sum(r => r.Fixes), fileResults.Count(r => r.Fixes > 0));
        var configError = _configurations.Values.Any(c => c.HasConfigErrors);
        return new CheckOutcome(report, configError);
    }

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

    private LinterFactory Factory(string workingDirectory, bool scriptsEnabled) =>
        new(BuiltInRules.Shipped, new HostedScriptRuleFileLoader(Host), scriptsEnabled, p => Display(p, workingDirectory));

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

    private static string Display(string fullPath, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
