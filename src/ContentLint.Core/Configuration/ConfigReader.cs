using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Configuration;

/// <summary>
/// Typed reads of YAML nodes that report wrong values instead of throwing: used for
/// <c>contentlint.yaml</c> and for declarative rule files (each with its own "invalid value" rule).
/// </summary>
/// <param name="source">The file read; spans of reported problems are in its text.</param>
/// <param name="invalidValueRule">The rule reported for a wrong value.</param>
/// <param name="silent">
/// True to read without reporting: a cascade's merged tree, whose nodes come from several files that were
/// each read (and reported on) on their own first.
/// </param>
internal sealed class ConfigReader(SourceDocument source, RuleDescriptor? invalidValueRule = null, bool silent = false)
{
    private readonly RuleDescriptor _invalidValue = invalidValueRule ?? ConfigRules.InvalidConfigValue;

    private readonly List<Diagnostic> _diagnostics = [];

    public SourceDocument Source { get; } = source;

    public ImmutableArray<Diagnostic> Diagnostics => [.. _diagnostics];

    public void Report(RuleDescriptor rule, TextSpan span, params (string Name, object? Value)[] args)
    {
        if (!silent)
        {
            _diagnostics.Add(Diagnostic.Create(rule, span, args));
        }
    }

    public void ReportInvalid(string key, YamlNode node, string problem) =>
        Report(_invalidValue, SpanOf(node), ("key", key), ("problem", problem));

    /// <summary>The node's trimmed span in <see cref="Source"/> (its raw span when reading silently: the node may come from another file).</summary>
    public TextSpan SpanOf(YamlNode node) => silent ? node.GetSpan() : node.GetTrimmedSpan(Source.Text);

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

    public double? ReadDouble(string key, YamlNode node, double minimum, double maximum)
    {
        if (node is YamlScalarNode { Value: { } text } && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && value >= minimum && value <= maximum)
        {
            return value;
        }

        ReportInvalid(key, node, $"expected a number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}, found '{node.AsScalarValue() ?? node.DescribeKind()}'");
        return null;
    }

    public string? ReadString(string key, YamlNode node)
    {
        if (node is YamlScalarNode { Value: { } text } && !node.IsNull() && text.Trim().Length > 0)
        {
            return text;
        }

        ReportInvalid(key, node, $"expected text, found {node.DescribeKind()}");
        return null;
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
        switch (node.AsScalarValue()?.Trim().ToLowerInvariant())
        {
            case "true": return true;
            case "false": return false;
            default:
                ReportInvalid(key, node, $"expected true or false, found {node.DescribeKind()} '{node.AsScalarValue()}'");
                return null;
        }
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
