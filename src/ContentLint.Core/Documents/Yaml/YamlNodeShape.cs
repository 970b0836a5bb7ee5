namespace ContentLint.Core.Documents.Yaml;

/// <summary>What <see cref="YamlGuardedParser"/> knows of a node once its events are read: enough to judge an alias to it.</summary>
internal sealed class YamlNodeShape
{
    /// <summary>A complete scalar (one node, no nesting).</summary>
    public static YamlNodeShape ForScalar(string value) => new() { Size = 1, ScalarValue = value, IsOpen = false };

    /// <summary>A list or map whose children are still being read.</summary>
    public static YamlNodeShape ForCollection(bool isMapping) => new() { Size = 1, IsMapping = isMapping, IsCollection = true, IsOpen = true };

    /// <summary>Nodes it stands for with every alias inside it expanded.</summary>
    public long Size { get; set; }

    /// <summary>Collections nested in it, itself included, with aliases expanded (0 for a scalar).</summary>
    public int Height { get; set; }

    /// <summary>True until its end event: an alias to it now would be a cycle.</summary>
    public bool IsOpen { get; set; }

    public bool IsCollection { get; private init; }

    public bool IsMapping { get; private init; }

    /// <summary>The scalar's text; null for a collection.</summary>
    public string? ScalarValue { get; private init; }

    /// <summary>For messages: "a list", "a map" or "text".</summary>
    public string Kind => !IsCollection ? "text" : IsMapping ? "a map" : "a list";

    /// <summary>Counts a complete child (read or reached through an alias) into this collection.</summary>
    public void Add(YamlNodeShape child)
    {
        Size += child.Size;
        Height = Math.Max(Height, child.Height + 1);
    }
}
