using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>Reads a <c>filters:</c> (or ratio <c>match:</c>) map: channels, personas, types, langs.</summary>
internal static class FilterReader
{
    private static readonly string[] Keys = ["channels", "personas", "types", "langs"];

    public static RuleFilters Read(ConfigReader reader, string key, YamlNode node)
    {
        var map = reader.ReadMap(key, node);
        if (map is null)
        {
            return RuleFilters.None;
        }

        var filters = RuleFilters.None;
        foreach (var (keyNode, value) in map.Children)
        {
            var name = keyNode.AsScalarValue() ?? string.Empty;
            var list = reader.ReadStringList($"{key}.{name}", value) ?? [];
            switch (name)
            {
                case "channels": filters = filters with { Channels = list }; break;
                case "personas": filters = filters with { Personas = list }; break;
                case "langs": filters = filters with { Langs = list }; break;
                case "types": filters = filters with { Types = ReadTypes(reader, key, value, list) }; break;
                default:
                    reader.Report(RuleFileRules.UnknownRuleKey, keyNode.GetSpan(), ("key", $"{key}.{name}"), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(name, Keys))));
                    break;
            }
        }

        return filters;
    }

    private static ImmutableArray<PostType> ReadTypes(ConfigReader reader, string key, YamlNode node, ImmutableArray<string> names)
    {
        var types = ImmutableArray.CreateBuilder<PostType>();
        foreach (var name in names)
        {
            if (Enum.TryParse<PostType>(name, ignoreCase: true, out var type) && char.IsLetter(name[0]))
            {
                types.Add(type);
            }
            else
            {
                reader.ReportInvalid($"{key}.types", node, $"expected promo or dialogue, found '{name}'");
            }
        }

        return types.ToImmutable();
    }
}
