using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Configuration.Cascade;

/// <summary>
/// Loads a configuration file with the ones above it: each file is read and checked on its own
/// (findings at their position in that file), then their settings are merged by <see cref="CascadeMerge"/>.
/// </summary>
public static class ConfigurationCascadeLoader
{
    /// <summary>Loads the cascade that ends with <paramref name="configPath"/> (full path; see <see cref="ConfigurationDiscovery.ConfigFileFor"/>).</summary>
    /// <param name="configPath">The nearest configuration file.</param>
    /// <param name="rules">Rules that <c>severity:</c> may name.</param>
    /// <param name="displayPath">Turns a full path into the path shown in findings.</param>
    public static ConfigurationCascade Load(string configPath, RuleCatalog rules, Func<string, string> displayPath)
    {
        var layers = new List<ConfigurationLayer>();
        for (var path = Path.GetFullPath(configPath); path is not null; path = ConfigurationDiscovery.ParentOf(path))
        {
            var layer = ReadLayer(path, displayPath(path));
            layers.Insert(0, layer);
            if (layer.IsRoot)
            {
                break;
            }
        }

        // Each file is checked on its own, knowing what it inherits (a channel declared above may be tuned below).
        for (var i = 0; i < layers.Count; i++)
        {
            layers[i] = Validate(layers[i], i == 0 ? null : Merge(layers[..i], rules).Configuration, rules);
        }

        var (configuration, tree, origins) = Merge(layers, rules);
        return new ConfigurationCascade([.. layers], configuration, tree, origins);
    }

    private static (LintConfiguration Configuration, YamlDotNet.RepresentationModel.YamlMappingNode Tree, ConfigurationOrigins Origins) Merge(List<ConfigurationLayer> layers, RuleCatalog rules)
    {
        var (tree, origins) = CascadeMerge.Run(layers);
        var nearest = layers[^1];
        var configuration = new LintConfiguration { RootDirectory = layers[0].Directory, Source = nearest.Source };
        if (tree.Children.Count > 0)
        {
            var reader = new ConfigReader(nearest.Source ?? new SourceDocument(nearest.DisplayPath, string.Empty), silent: true);
            configuration = ConfigurationLoader.Read(tree, reader, configuration, rules);
        }

        return (configuration, tree, origins);
    }

    private static ConfigurationLayer ReadLayer(string fullPath, string display)
    {
        var layer = new ConfigurationLayer { FullPath = fullPath, DisplayPath = display };
        var loaded = Read(fullPath, display);
        if (loaded?.Document is not { } source)
        {
            var problem = loaded?.Diagnostic switch
            {
                null => Diagnostic.Create(ConfigRules.InvalidConfig, default, ("problem", $"configuration file '{display}' not found")),
                { Rule: var rule } same when rule == ConfigRules.InvalidConfig => same,
                { } other => Diagnostic.Create(ConfigRules.InvalidConfig, default, ("problem", other.Message)),
            };
            return layer with { Diagnostics = [problem] };
        }

        var reader = new ConfigReader(source);
        var root = ConfigurationLoader.Parse(reader);
        var quiet = new ConfigReader(source, silent: true);
        var isRoot = root?.Children.FirstOrDefault(e => e.Key.AsScalarValue() == CascadeKeys.Root).Value is { } flag && quiet.ReadBool(CascadeKeys.Root, flag) == true;
        var replace = root?.Children.FirstOrDefault(e => e.Key.AsScalarValue() == CascadeKeys.Replace).Value is { } keys ? ConfigurationLoader.ReadReplace(quiet, keys) : new HashSet<string>();
        return layer with { Source = source, Root = root, Diagnostics = reader.Diagnostics, IsRoot = isRoot, Replace = replace };
    }

    private static ConfigurationLayer Validate(ConfigurationLayer layer, LintConfiguration? inherited, RuleCatalog rules)
    {
        if (layer is not { Root: { } root, Source: { } source })
        {
            return layer;
        }

        var reader = new ConfigReader(source);
        var start = (inherited ?? LintConfiguration.CreateDefault(layer.Directory)) with { RootDirectory = layer.Directory, Source = source };
        ConfigurationLoader.Read(root, reader, start, rules);
        return layer with { Diagnostics = layer.Diagnostics.AddRange(reader.Diagnostics) };
    }

    private static SourceLoadResult? Read(string fullPath, string display)
    {
        try
        {
            return File.Exists(fullPath) ? SourceLoader.LoadFile(fullPath, display, LintConfiguration.DefaultMaxFileSize) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SourceLoadResult(null, Diagnostic.Create(ConfigRules.InvalidConfig, default, ("problem", $"cannot read '{display}': {ex.Message}")));
        }
    }
}
