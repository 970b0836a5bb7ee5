using System.Collections.Frozen;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;
using ContentLint.LanguageServer.Protocol;
using ContentLint.Pack;

namespace ContentLint.LanguageServer.Workspace;

/// <summary>
/// Describes the rules of a workspace linter for <c>contentlint/rules</c> and <c>contentlint/explainRule</c>:
/// where each comes from is read from the data — the engine's catalog, the shipped rules and their pack
/// files, the rule pack's sources — so an override shows as soon as the loader allows one.
/// </summary>
internal static class RuleInfos
{
    private static readonly FrozenSet<string> EngineIds = RuleCatalog.EngineRules.Select(r => r.Id).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every shipped rule's ID, with its pack file (null for a compiled rule).</summary>
    private static readonly Lazy<FrozenDictionary<string, string?>> Shipped = new(LoadShipped);

    /// <summary>Every rule of <paramref name="workspace"/>, with the severity in force at <paramref name="path"/> (a file or folder).</summary>
    public static IReadOnlyList<RuleInfo> All(WorkspaceLinter workspace, string path)
    {
        var severities = Severities(workspace);
        return [.. workspace.Linter.Catalog.Rules.Select(r => Describe(workspace, severities, r, path))];
    }

    /// <summary>One rule of <paramref name="workspace"/>, with the severity in force at <paramref name="path"/>.</summary>
    public static RuleInfo Describe(WorkspaceLinter workspace, RuleDescriptor rule, string path) =>
        Describe(workspace, Severities(workspace), rule, path);

    private static SeverityResolver Severities(WorkspaceLinter workspace) =>
        new(workspace.Linter.Configuration, workspace.Linter.Catalog);

    private static RuleInfo Describe(WorkspaceLinter workspace, SeverityResolver severities, RuleDescriptor rule, string path)
    {
        var shipped = Shipped.Value.TryGetValue(rule.Id, out var packFile);
        var userFile = workspace.Configured.Pack.Sources.GetValueOrDefault(rule.Id);
        var source = userFile is not null ? RuleSources.User : EngineIds.Contains(rule.Id) ? RuleSources.Engine : RuleSources.BuiltIn;
        return new RuleInfo(
            rule.Id,
            rule.Name,
            rule.Title,
            rule.Category.Name,
            rule.Category.Title,
            rule.DefaultSeverity.ToName(),
            severities.Resolve(rule, path).ToName(),
            rule.IsConfigurable,
            source,
            rule.HelpUri.AbsoluteUri)
        {
            File = userFile ?? packFile,
            Overridden = userFile is not null && shipped,
        };
    }

    private static FrozenDictionary<string, string?> LoadShipped()
    {
        var packFiles = DefaultRulePack.Rules.ToDictionary(r => r.Descriptor.Id, r => r.Path, StringComparer.Ordinal);
        return BuiltInRules.Create().Select(r => r.Descriptor).Concat(BuiltInRules.CreateBatch().Select(r => r.Descriptor)).DistinctBy(d => d.Id)
            .ToFrozenDictionary(d => d.Id, d => (string?)packFiles.GetValueOrDefault(d.Id), StringComparer.Ordinal);
    }
}
