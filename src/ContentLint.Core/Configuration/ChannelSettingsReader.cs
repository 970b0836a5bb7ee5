using System.Collections.Immutable;
using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration;

/// <summary>Reads the <c>channels:</c> map.</summary>
internal static class ChannelSettingsReader
{
    private static readonly string[] Keys = ["method", "limit", "fold", "maxHashtags", "maxMentions", "maxLinks", "urlLength", "threads", "threadNumbering", "byteLimit", "titleLimit", "altTextLimit"];

    /// <param name="reader">Reads and reports.</param>
    /// <param name="node">The <c>channels:</c> value.</param>
    /// <param name="inherited">Channels declared by the configurations above (a nested file may change one field of them).</param>
    public static ImmutableDictionary<string, ChannelSettings> Read(ConfigReader reader, YamlNode node, IReadOnlyDictionary<string, ChannelSettings> inherited)
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
                    "method" => settings with { Method = ReadMethod(reader, path, value) },
                    "limit" => settings with { Limit = reader.ReadInt(path, value, 1) },
                    "fold" => settings with { Fold = reader.ReadInt(path, value, 0) },
                    "byteLimit" => settings with { ByteLimit = reader.ReadInt(path, value, 1) },
                    "titleLimit" => settings with { TitleLimit = reader.ReadInt(path, value, 1) },
                    "altTextLimit" => settings with { AltTextLimit = reader.ReadInt(path, value, 1) },
                    "maxHashtags" => settings with { MaxHashtags = reader.ReadInt(path, value, 0) },
                    "maxMentions" => settings with { MaxMentions = reader.ReadInt(path, value, 0) },
                    "maxLinks" => settings with { MaxLinks = reader.ReadInt(path, value, 0) },
                    "urlLength" => settings with { UrlLength = reader.ReadInt(path, value, 0) },
                    "threads" => settings with { Threads = reader.ReadBool(path, value) },
                    "threadNumbering" => settings with { ThreadNumbering = reader.ReadBool(path, value) },
                    _ => ReportUnknown(reader, keyNode, path, key, settings),
                };
            }

            if (!BuiltInChannels.All.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) && !inherited.ContainsKey(name) && (settings.Method is null || settings.Limit is null))
            {
                var known = string.Join(", ", BuiltInChannels.All.Select(c => c.Name));
                reader.ReportInvalid($"channels.{name}", nameNode, $"'{name}' is not a built-in channel ({known}); a new channel needs 'method' and 'limit'{Suggestions.DidYouMean(Suggestions.Closest(name, BuiltInChannels.All.Select(c => c.Name)))}");
                continue;
            }

            result[name] = settings;
        }

        return result.ToImmutable();
    }

    private static string? ReadMethod(ConfigReader reader, string path, YamlNode value)
    {
        var name = value.AsScalarValue();
        if (name is not null && CountingMethodNames.All.ContainsKey(name))
        {
            return name;
        }

        var names = string.Join(", ", CountingMethodNames.All.Keys.Order(StringComparer.Ordinal));
        reader.ReportInvalid(path, value, $"expected one of {names}, found '{name}'{Suggestions.DidYouMean(Suggestions.Closest(name ?? string.Empty, CountingMethodNames.All.Keys))}");
        return null;
    }

    private static ChannelSettings ReportUnknown(ConfigReader reader, YamlNode keyNode, string path, string key, ChannelSettings settings)
    {
        reader.Report(ConfigRules.UnknownConfigKey, keyNode.GetSpan(), ("key", path), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(key, Keys))));
        return settings;
    }
}
