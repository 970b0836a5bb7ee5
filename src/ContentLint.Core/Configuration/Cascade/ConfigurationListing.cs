using System.Collections.Immutable;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration.Cascade;

/// <summary>One line of <c>contentlint config show</c>: a key, a list item, or a value, with where it was written.</summary>
/// <param name="KeyPath">Dotted path with list indexes (<c>confidential.terms[1]</c>).</param>
/// <param name="Depth">Nesting level, for indentation.</param>
/// <param name="Key">The map key, or null for a list item.</param>
/// <param name="Value">The scalar value, or null for a map or list that continues on the next lines.</param>
/// <param name="Origin">Where it was written.</param>
public sealed record ConfigurationEntry(string KeyPath, int Depth, string? Key, string? Value, ValueOrigin? Origin);

/// <summary>The settings of a cascade in order, each with the file and line it came from.</summary>
public static class ConfigurationListing
{
    // Deeper than any setting; bounds the walk on pathological files.
    private const int MaxDepth = 32;

    /// <summary>The declared settings of <paramref name="cascade"/> (keys not listed keep their defaults).</summary>
    public static ImmutableArray<ConfigurationEntry> Entries(ConfigurationCascade cascade)
    {
        var entries = ImmutableArray.CreateBuilder<ConfigurationEntry>();
        Walk(cascade, cascade.Tree, string.Empty, 0, null, entries);
        return entries.ToImmutable();
    }

    private static void Walk(ConfigurationCascade cascade, YamlNode node, string keyPath, int depth, ValueOrigin? enclosing, ImmutableArray<ConfigurationEntry>.Builder entries)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var children = node switch
        {
            YamlMappingNode map => map.Children.Select(e => (Key: (string?)(e.Key.AsScalarValue() ?? e.Key.ToString()), e.Value)),
            YamlSequenceNode list => list.Children.Select(item => (Key: (string?)null, Value: item)),
            _ => [],
        };
        var index = 0;
        foreach (var (key, value) in children)
        {
            var path = key is null ? $"{keyPath}[{index++}]" : keyPath.Length == 0 ? key : $"{keyPath}.{key}";
            var origin = cascade.Origins.Get(value, enclosing);
            entries.Add(new ConfigurationEntry(path, depth, key, (value as YamlScalarNode)?.Value, origin));
            if (value is not YamlScalarNode)
            {
                Walk(cascade, value, path, depth + 1, origin, entries);
            }
        }
    }
}
