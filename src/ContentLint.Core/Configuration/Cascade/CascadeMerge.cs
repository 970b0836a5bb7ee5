using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration.Cascade;

/// <summary>
/// Merges the YAML of a cascade's files, top first, into the one tree the effective configuration is
/// read from (rules in <see cref="CascadeKeys"/>). Relative paths are rewritten to start at the top
/// file's folder, and every value remembers the file and line it came from.
/// </summary>
internal sealed class CascadeMerge
{
    private readonly string _topDirectory;

    private CascadeMerge(string topDirectory) => _topDirectory = topDirectory;

    /// <summary>Where each value of the merged tree was written.</summary>
    public ConfigurationOrigins Origins { get; } = new();

    /// <summary>Merges <paramref name="layers"/> (top first).</summary>
    public static (YamlMappingNode Tree, ConfigurationOrigins Origins) Run(IReadOnlyList<ConfigurationLayer> layers)
    {
        var merge = new CascadeMerge(layers[0].Directory);
        var tree = new YamlMappingNode();
        foreach (var layer in layers.Where(l => l.Root is not null))
        {
            tree = (YamlMappingNode)merge.Merge(tree, layer.Root!, string.Empty, layer);
        }

        return (tree, merge.Origins);
    }

    private YamlNode Merge(YamlNode inherited, YamlNode declared, string keyPath, ConfigurationLayer layer)
    {
        if (layer.Replace.Contains(keyPath))
        {
            return Place(declared, keyPath, layer);
        }

        if (inherited is YamlMappingNode inheritedMap && declared is YamlMappingNode declaredMap)
        {
            return MergeMaps(inheritedMap, declaredMap, keyPath, layer);
        }

        var placed = Place(declared, keyPath, layer);
        if (CascadeKeys.AddsUp(keyPath) && Items(inherited) is { } first && Items(placed) is { } second)
        {
            return new YamlSequenceNode(first.Concat(second));
        }

        return placed;
    }

    private YamlMappingNode MergeMaps(YamlMappingNode inherited, YamlMappingNode declared, string keyPath, ConfigurationLayer layer)
    {
        var entries = inherited.Children.ToList();
        foreach (var (keyNode, value) in declared.Children)
        {
            var key = keyNode.AsScalarValue();
            if (keyPath.Length == 0 && key is CascadeKeys.Root or CascadeKeys.Replace)
            {
                continue; // About this file only.
            }

            var childPath = CascadeKeys.Child(keyPath, key ?? "?");
            var index = key is null ? -1 : entries.FindIndex(e => e.Key.AsScalarValue() == key);
            if (index >= 0)
            {
                entries[index] = KeyValuePair.Create(entries[index].Key, Merge(entries[index].Value, value, childPath, layer));
            }
            else
            {
                entries.Add(KeyValuePair.Create(keyNode, Place(value, childPath, layer)));
            }
        }

        return new YamlMappingNode(entries);
    }

    /// <summary>A node of <paramref name="layer"/> as it enters the merged tree: relative paths rewritten, origin recorded.</summary>
    private YamlNode Place(YamlNode node, string keyPath, ConfigurationLayer layer)
    {
        YamlNode placed = node;
        if (CascadeKeys.IsRelativePath(keyPath))
        {
            placed = node switch
            {
                YamlScalarNode scalar => Rebase(scalar, layer),
                YamlSequenceNode list => new YamlSequenceNode(list.Children.Select(item => item is YamlScalarNode s ? Rebase(s, layer) : item)),
                _ => node,
            };
        }
        else if (CascadeKeys.RelativePaths.Any(p => p.StartsWith(keyPath + ".", StringComparison.Ordinal) || p.StartsWith(keyPath + "[]", StringComparison.Ordinal)))
        {
            placed = node switch
            {
                YamlMappingNode map => new YamlMappingNode(map.Children.Select(e => KeyValuePair.Create(e.Key, Place(e.Value, CascadeKeys.Child(keyPath, e.Key.AsScalarValue() ?? "?"), layer)))),
                YamlSequenceNode list => new YamlSequenceNode(list.Children.Select(item => Place(item, CascadeKeys.Child(keyPath, null), layer))),
                _ => node,
            };
        }

        Origins.Set(placed, layer, node);
        Origins.SetDescendants(placed, layer);
        return placed;
    }

    private YamlScalarNode Rebase(YamlScalarNode scalar, ConfigurationLayer layer)
    {
        if (scalar.Value is not { Length: > 0 } value || layer.Directory == _topDirectory || Path.IsPathRooted(value))
        {
            Origins.Set(scalar, layer, scalar);
            return scalar;
        }

        var rebased = new YamlScalarNode(RelativePath.Join(Path.GetRelativePath(_topDirectory, layer.Directory), value));
        Origins.Set(rebased, layer, scalar);
        return rebased;
    }

    private static IEnumerable<YamlNode>? Items(YamlNode node) => node switch
    {
        YamlSequenceNode list => list.Children,
        YamlScalarNode scalar when !scalar.IsNull() => [scalar],
        _ => null,
    };
}
