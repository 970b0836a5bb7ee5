using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Engine;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration;

/// <summary>Typed reads of configuration nodes that report wrong values instead of throwing.</summary>
internal sealed class ConfigReader(SourceDocument source)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public SourceDocument Source { get; } = source;

    public ImmutableArray<Diagnostic> Diagnostics => [.. _diagnostics];

    public void Report(RuleDescriptor rule, TextSpan span, params (string Name, object? Value)[] args) =>
        _diagnostics.Add(Diagnostic.Create(rule, span, args));

    public void ReportInvalid(string key, YamlNode node, string problem) =>
        Report(ConfigRules.InvalidConfigValue, node.GetTrimmedSpan(Source.Text), ("key", key), ("problem", problem));

    public ImmutableArray<string>? ReadStringList(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } single } && !node.IsNull())
        {
            return [single];
        }

        if (node is not YamlSequenceNode sequence)
        {
            ReportInvalid(key, node, $"expected a list of strings, found {node.DescribeKind()}");
            return null;
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value } && !item.IsNull())
            {
                items.Add(value);
            }
            else
            {
                ReportInvalid(key, item, $"expected a string, found {item.DescribeKind()}");
            }
        }

        return items.ToImmutable();
    }

    public int? ReadInt(string key, YamlNode node, int minimum)
    {
        if (node is YamlScalarNode { Value: { } text }
            && int.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= minimum)
            {
                return value;
            }

            ReportInvalid(key, node, $"must be at least {minimum}, found {value}");
            return null;
        }

        ReportInvalid(key, node, $"expected a whole number, found {node.DescribeKind()} '{node.AsScalarValue()}'");
        return null;
    }

    public bool? ReadBool(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: "true" or "false" } scalar)
        {
            return scalar.Value == "true";
        }

        ReportInvalid(key, node, $"expected true or false, found {node.DescribeKind()} '{node.AsScalarValue()}'");
        return null;
    }

    public YamlMappingNode? ReadMap(string key, YamlNode node)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (!node.IsNull())
        {
            ReportInvalid(key, node, $"expected a map, found {node.DescribeKind()}");
        }

        return null;
    }
}
