using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration.Cascade;

/// <summary>
/// The effective configuration of a folder: its nearest <c>contentlint.yaml</c> merged with the ones
/// above it (up to one that says <c>root: true</c>), and where each value came from.
/// </summary>
public sealed class ConfigurationCascade
{
    internal ConfigurationCascade(ImmutableArray<ConfigurationLayer> layers, LintConfiguration configuration, YamlMappingNode tree, ConfigurationOrigins origins)
    {
        Layers = layers;
        Configuration = configuration;
        Tree = tree;
        Origins = origins;
    }

    /// <summary>The files, top first (the nearest last).</summary>
    public ImmutableArray<ConfigurationLayer> Layers { get; }

    /// <summary>The merged configuration; paths and globs are relative to the top file's folder.</summary>
    public LintConfiguration Configuration { get; }

    /// <summary>True when a file has an error: nothing should be checked with this configuration (exit code 2).</summary>
    public bool HasErrors => Layers.Any(l => l.HasErrors);

    /// <summary>The merged settings, as YAML.</summary>
    internal YamlMappingNode Tree { get; }

    /// <summary>Where each node of <see cref="Tree"/> was written.</summary>
    internal ConfigurationOrigins Origins { get; }
}
