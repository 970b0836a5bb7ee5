using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Scripting.Options;

/// <summary>
/// Reads the <c>options:</c> of a script header. The full form declares each option with its type,
/// default, range and doc (<c>maxWords: {type: integer, default: 30, min: 1, doc: "…"}</c>); the short
/// form gives only a default and its type is inferred (<c>maxWords: 30</c>). Every problem is reported
/// at the value it concerns.
/// </summary>
internal sealed class OptionDeclarationReader(Func<YamlNode, TextSpan> span, Action<YamlNode, string> report)
{
    /// <summary>Keys of the full form.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["type", "default", "min", "max", "doc"];

    public ImmutableArray<OptionDeclaration> Read(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            report(node, "'options:' must be a map of option names to their declarations ({type, default, min, max, doc}) or default values");
            return [];
        }

        var options = ImmutableArray.CreateBuilder<OptionDeclaration>();
        foreach (var (key, value) in map.Children)
        {
            var name = key.AsScalarValue() ?? string.Empty;
            if (!ScriptHeaderReader.OptionName().IsMatch(name))
            {
                report(key, $"'{name}' is not an option name: letters and digits, starting with a letter (e.g. 'maxWords')");
                continue;
            }

            if ((IsFullForm(value) ? ReadFull(name, (YamlMappingNode)value) : ReadShort(name, value)) is { } option)
            {
                options.Add(option with { Span = span(key) });
            }
        }

        return options.ToImmutable();
    }

    // A map whose keys include 'type' is a declaration; any other map is a short-form map default.
    private static bool IsFullForm(YamlNode value) =>
        value is YamlMappingNode map && map.Children.Keys.Any(k => k.AsScalarValue() == "type");

    private OptionDeclaration? ReadShort(string name, YamlNode value)
    {
        if (OptionValues.Infer(value) is not { } type)
        {
            report(value, "an option's default must be a boolean, a number, a text, a list of texts or a map of names to numbers");
            return null;
        }

        var read = OptionValues.Read(value, type, null, null, out var problem);
        if (problem is not null)
        {
            report(value, $"option '{name}': {problem}");
            return null;
        }

        return new OptionDeclaration(name, type, read, null, null, string.Empty, default);
    }

    private OptionDeclaration? ReadFull(string name, YamlMappingNode declaration)
    {
        var fields = declaration.Children.ToDictionary(p => p.Key.AsScalarValue() ?? string.Empty, p => (p.Key, p.Value), StringComparer.Ordinal);
        foreach (var (unknown, (key, _)) in fields.Where(f => !Keys.Contains(f.Key)))
        {
            report(key, $"option '{name}': unknown key '{unknown}'{Suggestions.DidYouMean(Suggestions.Closest(unknown, Keys))}");
        }

        var typeNode = fields["type"].Value;
        if (OptionTypes.Parse(typeNode.AsScalarValue() ?? string.Empty) is not { } type)
        {
            report(typeNode, $"option '{name}': type '{typeNode.AsScalarValue()}' is not one of {string.Join(", ", OptionTypes.All)}");
            return null;
        }

        var min = Bound(name, fields, "min", type);
        var max = Bound(name, fields, "max", type);
        if (min > max)
        {
            report(fields["min"].Value, $"option '{name}': min ({OptionValues.Format(min.Value)}) is above max ({OptionValues.Format(max.Value)})");
        }

        if (!fields.TryGetValue("default", out var defaultField))
        {
            report(declaration, $"option '{name}': 'default:' is missing (the header is where the default lives)");
            return null;
        }

        var value = OptionValues.Read(defaultField.Value, type, min, max, out var problem);
        if (problem is not null)
        {
            report(defaultField.Value, $"option '{name}': {problem}");
            return null;
        }

        var doc = fields.TryGetValue("doc", out var d) ? d.Value.AsScalarValue()?.Trim() ?? string.Empty : string.Empty;
        return new OptionDeclaration(name, type, value, min, max, doc, default);
    }

    private double? Bound(string name, Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string key, OptionType type)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return null;
        }

        if (type is not (OptionType.Integer or OptionType.Number or OptionType.Map))
        {
            report(field.Key, $"option '{name}': '{key}:' applies to integer, number and map options only");
            return null;
        }

        if (double.TryParse(field.Value.AsScalarValue(), NumberStyles.Float, CultureInfo.InvariantCulture, out var bound) && double.IsFinite(bound))
        {
            return bound;
        }

        report(field.Value, $"option '{name}': '{key}:' must be a number");
        return null;
    }
}
