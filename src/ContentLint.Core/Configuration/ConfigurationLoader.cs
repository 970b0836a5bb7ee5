using System.Collections.Immutable;
using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration;

/// <summary>Reads <c>contentlint.yaml</c> into a <see cref="LintConfiguration"/>, reporting every problem with its position.</summary>
public static class ConfigurationLoader
{
    /// <summary>Top-level keys, for validation and suggestions.</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = ["content", "exclude", "severity", "overrides", "channels", "fields", "maxFileSize", "rules", "scripts", CascadeKeys.Root, CascadeKeys.Replace, .. PolicyReader.Keys];

    /// <summary>Finds the nearest configuration file in <paramref name="directory"/> or its parents.</summary>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            foreach (var name in LintConfiguration.FileNames)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Parses one configuration file on its own (see <see cref="Cascade.ConfigurationCascadeLoader"/> for a file with the ones above it).</summary>
    /// <param name="source">The file's text.</param>
    /// <param name="rootDirectory">Folder globs are relative to (the file's folder).</param>
    /// <param name="rules">Rules that <c>severity:</c> may name.</param>
    public static ConfigurationLoadResult Load(SourceDocument source, string rootDirectory, RuleCatalog rules)
    {
        var reader = new ConfigReader(source);
        var config = new LintConfiguration { RootDirectory = rootDirectory, Source = source };
        return Parse(reader) is { } root
            ? new ConfigurationLoadResult(Read(root, reader, config, rules), reader.Diagnostics)
            : new ConfigurationLoadResult(config, reader.Diagnostics);
    }

    /// <summary>The file's top-level map, or null when it is empty or wrong (reported).</summary>
    internal static YamlMappingNode? Parse(ConfigReader reader)
    {
        var stream = YamlLoader.Load(reader.Source.Text, out var error);
        if (stream is null)
        {
            reader.Report(ConfigRules.InvalidConfig, error.Span, ("problem", error.Message));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode.IsNull())
        {
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Report(ConfigRules.InvalidConfigValue, stream.Documents[0].RootNode.GetSpan(), ("key", "(file)"), ("problem", "the file must be a map of settings, such as 'severity:' and 'channels:'"));
            return null;
        }

        return root;
    }

    /// <summary>Applies the settings of <paramref name="root"/> to <paramref name="config"/>.</summary>
    internal static LintConfiguration Read(YamlMappingNode root, ConfigReader reader, LintConfiguration config, RuleCatalog rules)
    {
        var rootDirectory = config.RootDirectory;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode.AsScalarValue() ?? string.Empty;
            switch (key)
            {
                case "content": config = config with { Content = reader.ReadStringList(key, value) ?? config.Content }; break;
                case "exclude": config = config with { Exclude = [.. LintConfiguration.DefaultExclude, .. reader.ReadStringList(key, value) ?? []] }; break;
                case "severity": config = config with { Severity = SeverityReader.Read(reader, key, value, rules) }; break;
                case "overrides": config = config with { Overrides = SeverityReader.ReadOverrides(reader, value, rules) }; break;
                case "channels": config = config with { Channels = ChannelSettingsReader.Read(reader, value, config.Channels) }; break;
                case "fields": config = config with { Fields = reader.ReadStringList(key, value) ?? [] }; break;
                case "rules": config = config with { Rules = ReadRuleFolders(reader, value, rootDirectory) }; break;
                case "scripts": config = config with { Scripts = ScriptConfigurationReader.Read(reader, value) }; break;
                case "maxFileSize": config = config with { MaxFileSize = reader.ReadInt(key, value, minimum: 1) ?? config.MaxFileSize }; break;
                case CascadeKeys.Root: reader.ReadBool(key, value); break;
                case CascadeKeys.Replace: ReadReplace(reader, value); break;
                case var policyKey when PolicyReader.Keys.Contains(policyKey):
                    config = config with { Policy = PolicyReader.Read(reader, policyKey, value, config.Policy) };
                    break;
                default:
                    reader.Report(ConfigRules.UnknownConfigKey, keyNode.GetSpan(), ("key", key), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(key, KnownKeys))));
                    break;
            }
        }

        return config;
    }

    /// <summary>The keys named by <c>replace:</c> (unknown ones reported).</summary>
    internal static IReadOnlySet<string> ReadReplace(ConfigReader reader, YamlNode value)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var items = value is YamlSequenceNode sequence ? sequence.Children : [value];
        foreach (var (key, node) in (reader.ReadStringList(CascadeKeys.Replace, value) ?? []).Zip(items.Where(i => i is YamlScalarNode && !i.IsNull())))
        {
            if (CascadeKeys.Replaceable.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
            else
            {
                reader.ReportInvalid(CascadeKeys.Replace, node, $"'{key}' cannot be replaced; expected one of {string.Join(", ", CascadeKeys.Replaceable)}{Suggestions.DidYouMean(Suggestions.Closest(key, CascadeKeys.Replaceable))}");
            }
        }

        return keys;
    }

    private static ImmutableArray<string> ReadRuleFolders(ConfigReader reader, YamlNode value, string rootDirectory)
    {
        var folders = reader.ReadStringList("rules", value) ?? [];
        var items = value is YamlSequenceNode sequence ? sequence.Children : [value];
        foreach (var (folder, node) in folders.Zip(items.Where(i => i is YamlScalarNode && !i.IsNull())))
        {
            if (!Directory.Exists(Path.Combine(rootDirectory, folder)))
            {
                reader.ReportInvalid("rules", node, $"folder '{folder}' not found (rule folders are relative to the configuration file)");
            }
        }

        return folders;
    }
}
