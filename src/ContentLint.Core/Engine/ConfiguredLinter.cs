using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules.Loading;

namespace ContentLint.Core.Engine;

/// <summary>
/// A linter built from a <c>contentlint.yaml</c> (or the defaults), with what loading it reported:
/// findings on the configuration file and on rule files. Dispose to unload its script rules.
/// </summary>
/// <param name="Linter">The linter: built-in rules, the default pack, and the rules of the configured folders.</param>
/// <param name="ConfigPath">Full path of the nearest configuration file, or null for the defaults.</param>
/// <param name="ConfigResults">Findings on each configuration file of the cascade (possibly none), empty without a configuration file.</param>
/// <param name="HasConfigErrors">True when the configuration has errors: nothing should be checked with it (exit code 2).</param>
/// <param name="RuleFileResults">Findings on rule files (compile errors, invalid rules).</param>
/// <param name="Pack">The loaded rule pack (owned: disposed with this object).</param>
public sealed record ConfiguredLinter(Linter Linter, string? ConfigPath, ImmutableArray<FileLintResult> ConfigResults, bool HasConfigErrors, ImmutableArray<FileLintResult> RuleFileResults, RulePack Pack) : IDisposable
{
    /// <summary>
    /// <see cref="RuleFileResults"/> with the findings on rule files that loaded while the run went on
    /// (a <c>check</c> starts before the rule host has loaded its scripts); call it after the run: it waits for them.
    /// </summary>
    public ImmutableArray<FileLintResult> RuleFileResultsAfterRun() =>
        [.. RuleFileResults, .. Pack.LateReports().Select(r => Linter.FromDiagnostics(r.Source, null, r.Diagnostics))];

    /// <summary>
    /// The rules of <see cref="Linter"/> less those whose script failed to load while the run went on
    /// (their rule never ran; a run that waited for the load would not have had them): the rules a
    /// report lists. Call it after the run: it waits for the loads.
    /// </summary>
    public RuleCatalog CatalogAfterRun()
    {
        var failedFiles = Pack.LateReports().Select(r => r.Source.Path).ToHashSet(StringComparer.Ordinal);
        return failedFiles.Count == 0
            ? Linter.Catalog
            : new RuleCatalog(Linter.Catalog.Rules.Where(rule => !(Pack.Sources.TryGetValue(rule.Id, out var file) && failedFiles.Contains(file))));
    }

    /// <summary>Unloads the script rules of the pack.</summary>
    public void Dispose() => Pack.Dispose();
}
