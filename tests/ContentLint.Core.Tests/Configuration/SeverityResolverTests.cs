using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Configuration;

public sealed class SeverityResolverTests
{
    private static SeverityResolver Resolver(ImmutableArray<SeveritySetting> severity, params ConfigOverride[] overrides)
    {
        var config = LintConfiguration.CreateDefault("/repo") with { Severity = severity, Overrides = [.. overrides] };
        return new SeverityResolver(config, new Linter(config, BuiltInRules.Shipped).Catalog);
    }

    private static readonly RuleDescriptor UnknownChannel = DefaultRulePack.Rules.Single(r => r.Descriptor.Id == "CL1001").Descriptor;

    private static SeveritySetting Set(string key, Severity severity) => new(key, severity, default);

    [Fact]
    public void Rule_beats_category_beats_default()
    {
        var resolver = Resolver([Set("channels", Severity.Info), Set("unknown-field", Severity.Hint), Set("CL1001", Severity.Warning)]);

        Assert.Equal(Severity.Warning, resolver.Resolve(UnknownChannel, "/repo/a.md"));
        Assert.Equal(Severity.Hint, resolver.Resolve(FieldRules.UnknownField, "/repo/a.md"));
        Assert.Equal(Severity.Error, resolver.Resolve(FieldRules.InvalidFieldValue, "/repo/a.md"));
    }

    [Fact]
    public void Overrides_apply_to_matching_paths_in_order()
    {
        var resolver = Resolver(
            [Set("CL1001", Severity.Warning)],
            new ConfigOverride(["archive/**"], [Set("channels", Severity.Off)]),
            new ConfigOverride(["archive/2025/**"], [Set("CL1001", Severity.Info)]));

        Assert.Equal(Severity.Warning, resolver.Resolve(UnknownChannel, "/repo/posts/a.md"));
        Assert.Equal(Severity.Off, resolver.Resolve(UnknownChannel, "/repo/archive/2024/a.md"));
        Assert.Equal(Severity.Info, resolver.Resolve(UnknownChannel, "/repo/archive/2025/a.md"));
    }

    [Fact]
    public void Rules_that_are_not_configurable_keep_their_default()
    {
        var resolver = Resolver([Set("engine", Severity.Off), Set("CL0001", Severity.Off)]);

        Assert.Equal(Severity.Error, resolver.Resolve(ParseRules.InvalidYaml, "/repo/a.md"));
        Assert.Equal(Severity.Off, resolver.Resolve(FieldRules.UnknownField, "/repo/a.md"));
    }
}
