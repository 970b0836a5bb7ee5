using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Tests.Conformance;

/// <summary>One case of a twitter-text conformance file.</summary>
/// <param name="Description">The case's description.</param>
/// <param name="Text">The input text.</param>
/// <param name="Expected">The expected value as YAML (scalar, list or mapping).</param>
internal sealed record ConformanceCase(string Description, string Text, YamlNode Expected)
{
    /// <summary>The expected value as a scalar string.</summary>
    public string Scalar => ((YamlScalarNode)Expected).Value ?? string.Empty;

    /// <summary>A field of an expected mapping, as an integer.</summary>
    public int Int(string field) => int.Parse(Field(field), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A field of an expected mapping, as a string.</summary>
    public string Field(string field) =>
        ((YamlScalarNode)((YamlMappingNode)Expected).Children[new YamlScalarNode(field)]).Value ?? string.Empty;

    /// <summary>The expected list of strings (a sequence of scalars).</summary>
    public IReadOnlyList<string> Strings =>
        ((YamlSequenceNode)Expected).Children.Select(n => ((YamlScalarNode)n).Value ?? string.Empty).ToList();

    /// <summary>The expected list of mappings (a sequence of mappings).</summary>
    public IReadOnlyList<YamlMappingNode> Mappings => ((YamlSequenceNode)Expected).Children.Cast<YamlMappingNode>().ToList();

    /// <inheritdoc />
    public override string ToString() => Description;
}
