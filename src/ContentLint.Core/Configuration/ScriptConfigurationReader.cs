using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration;

/// <summary>Reads <c>scripts: {enabled, budgetMs, allocationMb}</c>.</summary>
internal static class ScriptConfigurationReader
{
    public static ScriptConfiguration Read(ConfigReader reader, YamlNode node)
    {
        var settings = new ScriptConfiguration();
        if (reader.ReadMap("scripts", node) is not { } map)
        {
            return settings;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = keyNode.AsScalarValue() ?? string.Empty;
            switch (key)
            {
                case "enabled": settings = settings with { Enabled = reader.ReadBool("scripts.enabled", value) ?? settings.Enabled }; break;
                case "budgetMs": settings = settings with { BudgetMs = reader.ReadInt("scripts.budgetMs", value, minimum: 1) ?? settings.BudgetMs }; break;
                case "allocationMb": settings = settings with { AllocationMb = reader.ReadInt("scripts.allocationMb", value, minimum: 1) ?? settings.AllocationMb }; break;
                default:
                    reader.Report(ConfigRules.UnknownConfigKey, keyNode.GetSpan(), ("key", "scripts." + key), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(key, ScriptConfiguration.KnownKeys))));
                    break;
            }
        }

        return settings;
    }
}
