using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Pack;

/// <summary>The file each shipped rule of the pack is written in (declarative or script), for <c>rules eject</c>.</summary>
public static class ShippedRuleFiles
{
    private static readonly Lazy<ImmutableArray<ShippedRuleFile>> s_all = new(() =>
    [
        .. DefaultRulePack.All.Select(d => new ShippedRuleFile(d.Descriptor, d.SourcePath))
            .Concat(PackScripts.Compiled.Scripts.Select(s => new ShippedRuleFile(s.Header.Descriptor, s.Name)))
            .OrderBy(f => f.Descriptor.Id, StringComparer.Ordinal),
    ]);

    /// <summary>Every shipped rule that has a file, by ID.</summary>
    public static ImmutableArray<ShippedRuleFile> All => s_all.Value;

    /// <summary>The shipped rule with this ID or name (case-insensitive), or null.</summary>
    public static ShippedRuleFile? Find(string idOrName) =>
        All.FirstOrDefault(f => f.Descriptor.Id.Equals(idOrName, StringComparison.OrdinalIgnoreCase) || f.Descriptor.Name.Equals(idOrName, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A shipped rule and its embedded file.</summary>
/// <param name="Descriptor">The rule.</param>
/// <param name="Name">Its file in the pack (<c>rules/persona/CL3006.type-contradicted.yaml</c>).</param>
public sealed record ShippedRuleFile(RuleDescriptor Descriptor, string Name)
{
    /// <summary>Its case file in the pack, or null.</summary>
    public string? CasesName => PackFiles.CasesOf(Name);
}
