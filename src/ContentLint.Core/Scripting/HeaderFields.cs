using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Scripting.Options;
using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Scripting;

/// <summary>Validates the fields of a script header and builds its descriptor.</summary>
internal sealed class HeaderFields(YamlMappingNode root, int offset, List<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = Collect(root);

    public ScriptHeader? Build(string fileName, TextSpan headerSpan)
    {
        foreach (var (unknown, (key, _)) in _fields.Where(f => !ScriptHeaderReader.KnownKeys.Contains(f.Key)))
        {
            Report(key, $"unknown key '{unknown}'{Suggestions.DidYouMean(Suggestions.Closest(unknown, ScriptHeaderReader.KnownKeys))}");
        }

        var id = Scalar("id");
        if (id is null)
        {
            diagnostics.Add(ScriptHeaderReader.Problem(headerSpan, "'id:' is missing (e.g. 'id: ACME001')"));
            return null;
        }

        if (!ScriptHeaderReader.IdPattern().IsMatch(id))
        {
            Report(_fields["id"].Value, $"'{id}' is not a rule ID: capital letters then digits, such as 'ACME001' or 'CL4101'");
        }

        var category = ReadCategory(id);
        var severity = Severity.Warning;
        if (Scalar("severity") is { } severityName && !SeverityNames.TryParse(severityName, out severity))
        {
            Report(_fields["severity"].Value, $"severity '{severityName}' is not one of {string.Join(", ", SeverityNames.All.Reverse())}");
        }

        var name = Scalar("name") ?? DefaultName(fileName, id);
        if (string.Equals(name, id, StringComparison.OrdinalIgnoreCase))
        {
            Report(_fields.TryGetValue("name", out var same) ? same.Value : _fields["id"].Value, $"the name must differ from the ID: say what the rule checks (e.g. 'no-competitor')");
        }
        else if (!ScriptHeaderReader.KebabCase().IsMatch(name))
        {
            Report(_fields.TryGetValue("name", out var n) ? n.Value : _fields["id"].Value, $"the name '{name}' must be kebab-case (e.g. 'no-competitor')");
        }

        var options = ReadOptions();
        var message = Scalar("message") ?? "{message}";
        var translations = _fields.TryGetValue("locales", out var locales)
            ? LocalesReader.Read(locales.Value, message, (key, node, problem) => Report(node, $"'{key}': {problem}"))
            : [];
        var descriptor = new RuleDescriptor(id, name, Scalar("title") ?? name, category ?? RuleCategory.Custom, severity, message, OptionsTable.AppendTo(Scalar("docs") ?? string.Empty, options)) { Translations = translations };
        return new ScriptHeader(descriptor, options, Span(_fields["id"].Value), headerSpan, ReadLevel());
    }

    private RuleCategory? ReadCategory(string id)
    {
        var name = Scalar("category");
        var category = name is null ? RuleCategory.Custom : RuleCategory.FromName(name);
        var node = _fields.TryGetValue("category", out var c) ? c.Value : _fields["id"].Value;
        if (category is null)
        {
            Report(node, $"unknown category '{name}': one of {string.Join(", ", RuleCategory.All.Where(k => k != RuleCategory.Engine).Select(k => k.Name))}");
        }
        else if (category == RuleCategory.Engine)
        {
            Report(node, "the engine category (CL0xxx) is reserved for ContentLint's own rules");
        }
        else if (id.StartsWith("CL", StringComparison.Ordinal) && !category.Owns(id))
        {
            Report(_fields["id"].Value, category == RuleCategory.Custom
                ? $"IDs starting with 'CL' belong to ContentLint's categories; give the custom rule '{id}' your own prefix (e.g. 'ACME001')"
                : $"'{id}' is outside the {category.Name} range (CL{category.IdDigit}000–CL{category.IdDigit}999)");
        }

        return category;
    }

    private ImmutableArray<OptionDeclaration> ReadOptions() =>
        _fields.TryGetValue("options", out var node) ? new OptionDeclarationReader(Span, Report).Read(node.Value) : [];

    private ScriptLevel ReadLevel()
    {
        if (Scalar("level") is not { } level)
        {
            return ScriptLevel.Text;
        }

        if (ScriptHeaderReader.Levels.TryGetValue(level, out var parsed))
        {
            return parsed;
        }

        Report(_fields["level"].Value, $"level '{level}' is not one of {string.Join(", ", ScriptHeaderReader.Levels.Keys)}");
        return ScriptLevel.Text;
    }

    private string? Scalar(string key)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            return null;
        }

        if (field.Value is YamlScalarNode { Value: { } value } && !field.Value.IsNull())
        {
            return value.Trim();
        }

        Report(field.Value, $"'{key}' must be text, found {field.Value.DescribeKind()}");
        return null;
    }

    private static string DefaultName(string fileName, string id)
    {
        var stem = fileName.EndsWith(".csx", StringComparison.OrdinalIgnoreCase) ? fileName[..^4] : fileName;
        var dot = stem.IndexOf('.', StringComparison.Ordinal);
        var candidate = dot >= 0 && stem[..dot] == id ? stem[(dot + 1)..] : stem;
        return ScriptHeaderReader.KebabCase().IsMatch(candidate) && !string.Equals(candidate, id, StringComparison.OrdinalIgnoreCase) ? candidate : "rule-" + id.ToLowerInvariant();
    }

    private TextSpan Span(YamlNode node) => node.GetSpan().Shift(offset);

    private void Report(YamlNode node, string problem) => diagnostics.Add(ScriptHeaderReader.Problem(Span(node), problem));

    private static Dictionary<string, (YamlNode Key, YamlNode Value)> Collect(YamlMappingNode root)
    {
        var fields = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (key, value) in root.Children)
        {
            fields[key.AsScalarValue() ?? string.Empty] = (key, value);
        }

        return fields;
    }
}
