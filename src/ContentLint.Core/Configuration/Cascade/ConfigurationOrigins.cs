using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration.Cascade;

/// <summary>Where a value of the effective configuration was written.</summary>
/// <param name="Layer">The file.</param>
/// <param name="Line">1-based line in that file.</param>
public sealed record ValueOrigin(ConfigurationLayer Layer, int Line)
{
    /// <summary><c>path:line</c>.</summary>
    public override string ToString() => $"{Layer.DisplayPath}:{Line}";
}

/// <summary>The file and line of each node placed in a cascade's merged tree (nodes under a placed node come from the same file).</summary>
internal sealed class ConfigurationOrigins
{
    // Deeper than any setting; bounds the walk on pathological files.
    private const int MaxDepth = 32;

    private readonly Dictionary<YamlNode, ValueOrigin> _origins = new(ReferenceEqualityComparer.Instance);

    /// <summary>Records that <paramref name="placed"/> stands for <paramref name="written"/> of <paramref name="layer"/>.</summary>
    public void Set(YamlNode placed, ConfigurationLayer layer, YamlNode written) =>
        _origins[placed] = new ValueOrigin(layer, (int)written.Start.Line);

    /// <summary>Gives the nodes under <paramref name="placed"/> (a node of <paramref name="layer"/>) that file, at their own lines.</summary>
    public void SetDescendants(YamlNode placed, ConfigurationLayer layer, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var children = placed switch
        {
            YamlMappingNode map => map.Children.Values,
            YamlSequenceNode list => list.Children,
            _ => [],
        };
        foreach (var child in children)
        {
            _origins.TryAdd(child, new ValueOrigin(layer, (int)child.Start.Line));
            SetDescendants(child, layer, depth + 1);
        }
    }

    /// <summary>The origin of <paramref name="node"/>: its own, else its line in the file of <paramref name="enclosing"/>.</summary>
    public ValueOrigin? Get(YamlNode node, ValueOrigin? enclosing) =>
        _origins.TryGetValue(node, out var origin) ? origin : enclosing is null ? null : enclosing with { Line = (int)node.Start.Line };
}
