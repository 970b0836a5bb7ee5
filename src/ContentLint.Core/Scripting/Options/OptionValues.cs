using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Scripting.Options;

/// <summary>Reads option values from YAML as their declared type, and says what is wrong when they are not.</summary>
public static class OptionValues
{
    /// <summary>The type a bare default such as <c>30</c> or <c>[a, b]</c> implies (the short declaration form).</summary>
    internal static OptionType? Infer(YamlNode node) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } => OptionType.Boolean,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } when long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _) => OptionType.Integer,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => OptionType.Number,
        YamlScalarNode => OptionType.String,
        YamlSequenceNode => OptionType.List,
        YamlMappingNode => OptionType.Map,
        _ => null,
    };

    /// <summary>
    /// <paramref name="node"/> read as <paramref name="type"/> within [<paramref name="min"/>, <paramref name="max"/>];
    /// null with <paramref name="problem"/> set when it is not one.
    /// </summary>
    internal static object? Read(YamlNode node, OptionType type, double? min, double? max, out string? problem)
    {
        problem = null;
        switch (type)
        {
            case OptionType.Boolean when node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } b:
                return b.Value == "true";
            case OptionType.Integer when node is YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } && long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole):
                problem = OutOfRange(whole, min, max);
                return problem is null ? whole : null;
            case OptionType.Number when node is YamlScalarNode { Style: ScalarStyle.Plain, Value: var v } && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number):
                problem = OutOfRange(number, min, max);
                return problem is null ? number : null;
            case OptionType.String when node is YamlScalarNode s && !node.IsNull():
                return s.Value ?? string.Empty;
            case OptionType.List when node is YamlSequenceNode list && list.Children.All(c => c is YamlScalarNode):
                return list.Children.Select(c => c.AsScalarValue() ?? string.Empty).ToImmutableArray() as IReadOnlyList<string>;
            case OptionType.List when node is YamlScalarNode single && !node.IsNull():
                return ImmutableArray.Create(single.Value ?? string.Empty) as IReadOnlyList<string>;
            case OptionType.Map when node is YamlMappingNode map:
                return ReadMap(map, min, max, out problem);
            default:
                problem = $"expected {Expected(type)}, found {node.DescribeKind()}";
                return null;
        }
    }

    /// <summary>A number as written in messages and docs: invariant, no trailing zeros.</summary>
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A value as written in YAML (for docs tables).</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Format(d),
        string s => s,
        IReadOnlyList<string> list => "[" + string.Join(", ", list) + "]",
        IReadOnlyDictionary<string, double> map => "{" + string.Join(", ", map.Select(p => $"{p.Key}: {Format(p.Value)}")) + "}",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static IReadOnlyDictionary<string, double>? ReadMap(YamlMappingNode map, double? min, double? max, out string? problem)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Children)
        {
            var read = Read(value, OptionType.Number, min, max, out problem);
            if (problem is not null || key.AsScalarValue() is not { Length: > 0 } name)
            {
                problem = $"'{key.AsScalarValue()}': {problem ?? "a name is expected"}";
                return null;
            }

            values[name] = (double)read!;
        }

        problem = null;
        return values.ToImmutable();
    }

    private static string? OutOfRange(double value, double? min, double? max) =>
        value < min || value > max
            ? $"{Format(value)} is outside the allowed range {new OptionDeclaration(string.Empty, OptionType.Number, null, min, max, string.Empty, default).RangeText}"
            : null;

    private static string Expected(OptionType type) => type switch
    {
        OptionType.Boolean => "true or false",
        OptionType.Integer => "a whole number",
        OptionType.Number => "a number",
        OptionType.String => "text",
        OptionType.List => "a list of texts",
        _ => "a map of names to numbers",
    };
}
