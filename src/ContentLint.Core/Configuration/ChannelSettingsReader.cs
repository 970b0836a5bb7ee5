using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules.Engine;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration;

/// <summary>Reads the <c>channels:</c> map.</summary>
internal static class ChannelSettingsReader
{
    private static readonly string[] Keys = ["method", "limit", "fold", "maxHashtags", "maxMentions", "maxLinks", "urlLength"];

    public static ImmutableDictionary<string, ChannelSettings> Read(ConfigReader reader, YamlNode node)
    {
        var result = ImmutableDictionary.CreateBuilder<string, ChannelSettings>(StringComparer.OrdinalIgnoreCase);
        var map = reader.ReadMap("channels", node);
        if (map is null)
        {
            return result.ToImmutable();
        }

        foreach (var (nameNode, valueNode) in map.Children)
        {
            var name = (nameNode.AsScalarValue() ?? string.Empty).Trim();
            var settings = new ChannelSettings { Name = name, NameSpan = nameNode.GetSpan() };
            var entries = reader.ReadMap($"channels.{name}", valueNode);
            foreach (var (keyNode, value) in entries?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                var key = keyNode.AsScalarValue() ?? string.Empty;
                var path = $"channels.{name}.{key}";
                settings = key switch
                {
                    "method" => settings with { Method = value.AsScalarValue() },
                    "limit" => settings with { Limit = reader.ReadInt(path, value, 1) },
                    "fold" => settings with { Fold = reader.ReadInt(path, value, 0) },
                    "maxHashtags" => settings with { MaxHashtags = reader.ReadInt(path, value, 0) },
                    "maxMentions" => settings with { MaxMentions = reader.ReadInt(path, value, 0) },
                    "maxLinks" => settings with { MaxLinks = reader.ReadInt(path, value, 0) },
                    "urlLength" => settings with { UrlLength = reader.ReadInt(path, value, 0) },
                    _ => ReportUnknown(reader, keyNode, path, key, settings),
                };
            }

            result[name] = settings;
        }

        return result.ToImmutable();
    }

    private static ChannelSettings ReportUnknown(ConfigReader reader, YamlNode keyNode, string path, string key, ChannelSettings settings)
    {
        reader.Report(ConfigRules.UnknownConfigKey, keyNode.GetSpan(), ("key", path), ("suggestion", Suggestions.DidYouMean(Suggestions.Closest(key, Keys))));
        return settings;
    }
}
