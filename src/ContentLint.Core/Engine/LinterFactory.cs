using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Rules.Loading;

namespace ContentLint.Core.Engine;

/// <summary>
/// The one place that builds linters from configuration files, for the CLI and the language server:
/// read <c>contentlint.yaml</c>, load the rule files of its <c>rules:</c> folders (declarative rules,
/// and script rules unless scripts are off), and combine them with the shipped rules, minus those a
/// user rule overrides (same ID).
/// </summary>
/// <param name="shipped">The rules that ship with the tool.</param>
/// <param name="scripts">Loads script rules (<c>.csx</c>): in the rule host for the CLI and the server.</param>
/// <param name="scriptsEnabled">False skips script rules (<c>--no-scripts</c>, untrusted workspaces), with one CL0035 finding.</param>
/// <param name="displayPath">Turns a full path into the path shown in findings.</param>
/// <param name="extraRules">Rules added to every linter (tests).</param>
public sealed class LinterFactory(ShippedRules shipped, IRuleFileLoader scripts, bool scriptsEnabled, Func<string, string> displayPath, Func<IEnumerable<PostRule>>? extraRules = null)
{
    /// <summary>A linter with the defaults, for a folder without configuration.</summary>
    public ConfiguredLinter CreateDefault(string directory) =>
        new(Build(LintConfiguration.CreateDefault(directory), RulePack.Empty), null, [], false, [], RulePack.Empty);

    /// <summary>
    /// The linter for the file or folder at <paramref name="path"/>: its nearest configuration with the
    /// ones above it (<see cref="ConfigurationDiscovery.ConfigFileFor"/>), or the defaults.
    /// </summary>
    public ConfiguredLinter CreateFor(string path) =>
        ConfigurationDiscovery.ConfigFileFor(path) is { } configPath ? Create(configPath) : CreateDefault(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path))!);

    /// <summary>A linter for the configuration file at <paramref name="configPath"/> (full path), which inherits from the ones above it.</summary>
    public ConfiguredLinter Create(string configPath)
    {
        var bootstrap = Build(LintConfiguration.CreateDefault(Path.GetDirectoryName(configPath)!), RulePack.Empty);
        var cascade = ConfigurationCascadeLoader.Load(configPath, bootstrap.Catalog, displayPath);
        var pack = cascade.HasErrors || cascade.Configuration.Rules.IsEmpty ? RulePack.Empty : LoadPack(cascade.Configuration, configPath);
        var linter = Build(cascade.Configuration, pack);
        var configResults = cascade.Layers
            .Select(layer => linter.FromDiagnostics(layer.DisplayPath, layer.Source, null, layer.Diagnostics))
            .ToImmutableArray();
        var ruleFiles = pack.Reports.Select(r => linter.FromDiagnostics(r.Source, null, r.Diagnostics)).ToImmutableArray();
        return new ConfiguredLinter(linter, configPath, configResults, cascade.HasErrors, ruleFiles, pack);
    }

    private Linter Build(LintConfiguration configuration, RulePack pack)
    {
        var rules = shipped.CreatePostRules().Where(r => !pack.Overridden.ContainsKey(r.Descriptor.Id)).Concat(pack.Rules);
        if (extraRules is not null)
        {
            rules = rules.Concat(extraRules());
        }

        return new Linter(configuration, rules, shipped.CreateBatchRules().Where(r => !pack.Overridden.ContainsKey(r.Descriptor.Id)).Concat(pack.AllBatchRules));
    }

    private RulePack LoadPack(LintConfiguration configuration, string configPath)
    {
        var loader = new RulePackLoader([new DeclarativeRuleFileLoader(), scripts]);
        return loader.Load(configuration, new RuleLoadBaseline(RuleCatalog.EngineRules, shipped.Descriptors), scriptsEnabled, displayPath, configPath);
    }
}
