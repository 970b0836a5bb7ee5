using System.Collections.Immutable;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration;

/// <summary>Reads <c>contentlint.yaml</c> into a <see cref="LintConfiguration"/>, reporting every problem with its position.</summary>
public static class ConfigurationLoader
{
    /// <summary>Top-level keys, for validation and suggestions.</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = ["content", "exclude", "severity", "overrides", "channels", "fields", "maxFileSize", "rules", "scripts", .. PolicyReader.Keys];

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

    /// <summary>Parses a configuration file.</summary>
    /// <param name="source">The file's text.</param>
    /// <param name="rootDirectory">Folder globs are relative to (the file's folder).</param>
    /// <param name="rules">Rules that <c>severity:</c> may name.</param>
    public static ConfigurationLoadResult Load(SourceDocument source, string rootDirectory, RuleCatalog rules)
    {
        var reader = new ConfigReader(source);
        var config = new LintConfiguration { RootDirectory = rootDirectory, Source = source };
        var stream = YamlLoader.Load(source.Text, out var error);
        if (stream is null)
        {
            reader.Report(ConfigRules.InvalidConfig, error.Span, ("problem", error.Message));
            return new ConfigurationLoadResult(config, reader.Diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode.IsNull())
        {
            return new ConfigurationLoadResult(config, reader.Diagnostics);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            reader.Report(ConfigRules.InvalidConfigValue, stream.Documents[0].RootNode.GetSpan(), ("key", "(file)"), ("problem", "the file must be a map of settings, such as 'severity:' and 'channels:'"));
            return new ConfigurationLoadResult(config, reader.Diagnostics);
        }

        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode.AsScalarValue() ?? string.Empty;
            switch (key)
            {
                case "content": config = config with { Content = reader.ReadStringList(key, value) ?? config.Content }; break;
                case "exclude": config = config with { Exclude = [.. LintConfiguration.DefaultExclude, .. reader.ReadStringList(key, value) ?? []] }; break;
                case "severity": config = config with { Severity = SeverityReader.Read(reader, key, value, rules) }; break;
                case "overrides": config = config with { Overrides = SeverityReader.ReadOverrides(reader, value, rules) }; break;
                case "channels": config = config with { Channels = ChannelSettingsReader.Read(reader, value) }; break;
                case "fields": config = config with { Fields = reader.ReadStringList(key, value) ?? [] }; break;
                case "rules": config = config with { Rules = ReadRuleFolders(reader, value, rootDirectory) }; break;
                case "scripts": config = config with { Scripts = ScriptConfigurationReader.Read(reader, value) }; break;
                case "maxFileSize": config = config with { MaxFileSize = reader.ReadInt(key, value, minimum: 1) ?? config.MaxFileSize }; break;
                case var policyKey when PolicyReader.Keys.Contains(policyKey):
                    config = config with { Policy = PolicyReader.Read(reader, policyKey, value, config.Policy) };
                    break;
                default:
                    reader.Report(ConfigRules.UnknownConfigKey, keyNode.GetSpan(), ("key", key), ("suggestion", Suggestions.DidYouMean(Suggestions.Closest(key, KnownKeys))));
                    break;
            }
        }

        return new ConfigurationLoadResult(config, reader.Diagnostics);
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
