using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration;

/// <summary>Reads <c>severity:</c> maps and <c>overrides:</c> lists.</summary>
internal static class SeverityReader
{
    public static ImmutableArray<SeveritySetting> Read(ConfigReader reader, string key, YamlNode node, RuleCatalog rules)
    {
        var map = reader.ReadMap(key, node);
        if (map is null)
        {
            return [];
        }

        var settings = ImmutableArray.CreateBuilder<SeveritySetting>();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var ruleKey = keyNode.AsScalarValue() ?? string.Empty;
            if (rules.Find(ruleKey) is null && RuleCategory.FromName(ruleKey) is null)
            {
                var suggestion = Suggestions.Closest(ruleKey, rules.Rules.SelectMany(r => new[] { r.Id, r.Name }).Concat(RuleCategory.All.Select(c => c.Name)));
                reader.Report(ConfigRules.UnknownRuleInConfig, keyNode.GetSpan(), ("rule", ruleKey), ("suggestion", Suggestions.DidYouMeanPlaceholder(suggestion)));
                continue;
            }

            if (!SeverityNames.TryParse(valueNode.AsScalarValue(), out var severity))
            {
                reader.ReportInvalid($"{key}.{ruleKey}", valueNode, $"expected one of {string.Join(", ", SeverityNames.All)}, found '{valueNode.AsScalarValue() ?? valueNode.DescribeKind()}'");
                continue;
            }

            settings.Add(new SeveritySetting(ruleKey, severity, keyNode.GetSpan()));
        }

        return settings.ToImmutable();
    }

    public static ImmutableArray<ConfigOverride> ReadOverrides(ConfigReader reader, YamlNode node, RuleCatalog rules)
    {
        if (node is not YamlSequenceNode sequence)
        {
            if (!node.IsNull())
            {
                reader.ReportInvalid("overrides", node, $"expected a list of {{files, severity}} entries, found {node.DescribeKind()}");
            }

            return [];
        }

        var overrides = ImmutableArray.CreateBuilder<ConfigOverride>();
        foreach (var item in sequence.Children)
        {
            var map = reader.ReadMap("overrides[]", item);
            if (map is null)
            {
                continue;
            }

            ImmutableArray<string>? files = null;
            var severity = ImmutableArray<SeveritySetting>.Empty;
            foreach (var (keyNode, value) in map.Children)
            {
                switch (keyNode.AsScalarValue())
                {
                    case "files": files = reader.ReadStringList("overrides[].files", value); break;
                    case "severity": severity = Read(reader, "overrides[].severity", value, rules); break;
                    default:
                        var key = keyNode.AsScalarValue() ?? string.Empty;
                        reader.Report(ConfigRules.UnknownConfigKey, keyNode.GetSpan(), ("key", $"overrides[].{key}"), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(key, ["files", "severity"]))));
                        break;
                }
            }

            if (files is null)
            {
                reader.ReportInvalid("overrides[]", item, "each override needs 'files:' (globs of the files it applies to)");
                continue;
            }

            overrides.Add(new ConfigOverride(files.Value, severity));
        }

        return overrides.ToImmutable();
    }
}
