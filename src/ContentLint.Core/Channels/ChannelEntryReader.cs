using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Channels;

/// <summary>Typed reads of one map of a channels file; each problem is added with its line.</summary>
internal sealed class ChannelEntryReader
{
    private readonly YamlMappingNode _map;
    private readonly List<string> _problems;
    private readonly string _owner;

    public ChannelEntryReader(YamlMappingNode map, IReadOnlyCollection<string> keys, List<string> problems, string owner)
    {
        _map = map;
        _problems = problems;
        _owner = owner;
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || !keys.Contains(name))
            {
                problems.Add($"{key.Start.Line}: unknown key '{key}' in {owner} (expected {string.Join(", ", keys)})");
            }
        }
    }

    private ChannelEntryReader(ChannelEntryReader other, string owner)
    {
        (_map, _problems, _owner) = (other._map, other._problems, owner);
    }

    /// <summary>The same map, named in messages (<c>channel 'x'</c>).</summary>
    public ChannelEntryReader Named(string name) => new(this, $"channel '{name}'");

    public YamlNode? Node(string key) => _map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public long Line(string key) => Node(key)?.Start.Line ?? _map.Start.Line;

    public string? Text(string key, bool required = false)
    {
        switch (Node(key))
        {
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return value;
            case null when !required:
                return null;
            default:
                _problems.Add($"{Line(key)}: {_owner} needs '{key}', a non-empty text");
                return null;
        }
    }

    public int? Int(string key, int min, bool required = false) =>
        (int?)Number(key, min, int.MaxValue, required, integer: true);

    public double? Number(string key, double min, double max, bool required = false, bool integer = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        var style = integer ? NumberStyles.None : NumberStyles.AllowDecimalPoint;
        if (double.TryParse(text, style, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        _problems.Add($"{Line(key)}: '{key}' of {_owner} must be {(integer ? "an integer" : "a number")} from {min.ToString(CultureInfo.InvariantCulture)}{(max < int.MaxValue ? $" to {max.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}, found '{text}'");
        return null;
    }

    public bool? Bool(string key) => Text(key) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => Invalid<bool?>(key, $"true or false, found '{other}'"),
    };

    public ImmutableArray<string> Names(string key)
    {
        if (Node(key) is null)
        {
            return [];
        }

        if (Node(key) is YamlSequenceNode list && list.Children.All(n => n is YamlScalarNode { Value: { } v } && ChannelFileReader.NamePattern().IsMatch(v)))
        {
            return [.. list.Children.Select(n => ((YamlScalarNode)n).Value!)];
        }

        return Invalid<ImmutableArray<string>?>(key, "a list of lower-case names") ?? [];
    }

    public ChannelEntryReader? Map(string key, IReadOnlyCollection<string> keys, bool required)
    {
        return Node(key) switch
        {
            YamlMappingNode map => new ChannelEntryReader(map, keys, _problems, $"'{key}' of {_owner}"),
            null when !required => null,
            _ => Invalid<ChannelEntryReader>(key, $"a map of {string.Join(", ", keys)}"),
        };
    }

    private T? Invalid<T>(string key, string expected)
    {
        _problems.Add($"{Line(key)}: '{key}' of {_owner} must be {expected}");
        return default;
    }
}
