namespace ContentLint.Core.Documents.Yaml;

/// <summary>The keys of a map being read, and whether its next node is a key or a value.</summary>
internal sealed class YamlMappingKeys
{
    // By text, whatever the tag or quoting: `!!str a` and `"a"` are the same field to every reader.
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>True when the next node of the map is a key.</summary>
    public bool ExpectsKey { get; private set; } = true;

    /// <summary>Records a key; false when the map already has it.</summary>
    public bool Add(string key) => _keys.Add(key);

    /// <summary>Moves on after a complete key or value.</summary>
    public void Alternate() => ExpectsKey = !ExpectsKey;
}
