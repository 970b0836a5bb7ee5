using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules.Loading;

/// <summary>
/// Enumerates the files of the configuration's <c>rules:</c> folders (recursively, in ordinal path
/// order), hands each to the <see cref="IRuleFileLoader"/> of its extension, and rejects rules whose
/// ID or name is already taken (built-in rules first, then earlier files). Files of other
/// extensions (docs, fixtures) are ignored.
/// </summary>
public sealed class RulePackLoader(IEnumerable<IRuleFileLoader> loaders)
{
    // Recursive like SearchOption.AllDirectories, but a subfolder this user cannot list is passed over
    // instead of ending the whole run (a rules folder reaching /proc did: "Access … denied", exit 2).
    private static readonly EnumerationOptions AllReadableFiles = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        MatchType = MatchType.Win32,
    };

    private readonly ImmutableArray<IRuleFileLoader> _loaders = [.. loaders];

    /// <summary>Loads the rules of <paramref name="configuration"/>.</summary>
    /// <param name="configuration">Whose <c>rules:</c> folders to load.</param>
    /// <param name="baseline">Rules already known: engine rules (IDs and names taken) and shipped rules (overridable by ID).</param>
    /// <param name="scriptsEnabled">False skips loaders that run code, with one CL0035 finding.</param>
    /// <param name="displayPath">Turns a full path into the path shown in findings.</param>
    /// <param name="configPath">Full path of the configuration file, for loaders that need to read it again (the rule host).</param>
    public RulePack Load(LintConfiguration configuration, RuleLoadBaseline baseline, bool scriptsEnabled, Func<string, string> displayPath, string? configPath = null)
    {
        var files = configuration.Rules
            .Select(folder => Path.GetFullPath(Path.Combine(configuration.RootDirectory, folder)))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", AllReadableFiles))
            .Distinct(StringComparer.Ordinal)
            .Select(path => (Path: path, Loader: LoaderFor(path)))
            .Where(f => f.Loader is not null && !IsCaseFile(f.Path))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            return RulePack.Empty;
        }

        var engine = new HashSet<string>(baseline.Engine.SelectMany(r => new[] { r.Id, r.Name }), StringComparer.OrdinalIgnoreCase);
        var shippedIdByName = baseline.Shipped.SelectMany(r => new[] { (Key: r.Name, r.Id), (Key: r.Id, r.Id) })
            .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(p => p.Key, p => p.Id, StringComparer.OrdinalIgnoreCase);
        var shippedIds = baseline.Shipped.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var context = new RuleLoadContext(configuration, scriptsEnabled && configuration.Scripts.Enabled, configPath) { IsShippedId = shippedIds.Contains };
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var overridden = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var rules = new List<PostRule>();
        var batchRules = new List<BatchRule>();
        var reports = new List<RuleFileReport>();
        var sources = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var skipped = new List<SourceDocument>();
        var read = files.Select(f => (f.Path, f.Loader, Loaded: SourceLoader.LoadFile(f.Path, displayPath(f.Path), configuration.MaxFileSize))).ToList();
        foreach (var group in read.Where(r => r.Loaded.Document is not null && (!r.Loader!.RunsCode || context.ScriptsEnabled)).GroupBy(r => r.Loader!))
        {
            group.Key.Prepare([.. group.Select(r => r.Loaded.Document!)], context);
        }

        foreach (var (path, loader, loaded) in read)
        {
            if (loaded.Document is not { } file)
            {
                reports.Add(new RuleFileReport(new SourceDocument(displayPath(path), loaded.ProblemText ?? string.Empty), [loaded.Diagnostic!]));
                continue;
            }

            if (loader!.RunsCode && !context.ScriptsEnabled)
            {
                skipped.Add(file);
                continue;
            }

            var result = loader.Load(file, context);
            var diagnostics = result.Diagnostics.ToList();
            var descriptor = result.Rule?.Descriptor ?? result.BatchRule?.Descriptor;
            if (descriptor is not null && baseline.Conflict(descriptor, taken, engine, shippedIdByName) is { } problem)
            {
                diagnostics.Add(loader.RunsCode
                    ? Diagnostic.Create(ScriptRules.InvalidRuleHeader, result.IdSpan, ("problem", problem))
                    : Diagnostic.Create(RuleFileRules.InvalidRule, result.IdSpan, ("key", "id"), ("problem", problem)));
                (result.Rule as IDisposable)?.Dispose();
                (result.BatchRule as IDisposable)?.Dispose();
            }
            else if (descriptor is not null)
            {
                taken.Add(descriptor.Id);
                taken.Add(descriptor.Name);
                sources[descriptor.Id] = file.Path;
                if (shippedIdByName.TryGetValue(descriptor.Id, out var shippedId) && shippedId.Equals(descriptor.Id, StringComparison.OrdinalIgnoreCase))
                {
                    overridden[descriptor.Id] = file.Path;
                }

                if (result.Rule is { } postRule)
                {
                    rules.Add(postRule);
                }
                else
                {
                    batchRules.Add(result.BatchRule!);
                }
            }

            if (diagnostics.Count > 0)
            {
                reports.Add(new RuleFileReport(file, [.. diagnostics]));
            }
        }

        if (skipped.Count > 0)
        {
            var reason = scriptsEnabled ? "scripts: {enabled: false} in the configuration" : "--no-scripts";
            reports.Add(new RuleFileReport(skipped[0], [Diagnostic.Create(ScriptRules.ScriptsDisabled, default, ("count", skipped.Count), ("reason", reason))]));
        }

        var loaders = read.Select(r => r.Loader!).Distinct().ToList();
        return new RulePack([.. rules], [.. reports], [.. batchRules])
        {
            Sources = sources.ToImmutable(), Overridden = overridden.ToImmutable(), LateReports = () => [.. loaders.SelectMany(l => l.LateReports(context))],
        };
    }

    /// <summary>Rule test cases live beside rules and are not rules (<c>contentlint test</c> reads them).</summary>
    private static bool IsCaseFile(string path) =>
        path.EndsWith(".cases.yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".cases.yml", StringComparison.OrdinalIgnoreCase);

    private IRuleFileLoader? LoaderFor(string path) =>
        _loaders.FirstOrDefault(l => l.Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase)));
}
