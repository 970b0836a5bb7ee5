using System.Text.RegularExpressions;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>Reads the metadata every rule file has (id, name, title, category, severity, message, docs, locales).</summary>
internal static partial class RuleHeaderReader
{
    public static RuleDescriptor? Read(ConfigReader reader, YamlMappingNode map, Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        string? Required(string key)
        {
            if (fields.TryGetValue(key, out var node))
            {
                return reader.ReadString(key, node.Value);
            }

            reader.ReportInvalid(key, map, $"missing '{key}'");
            return null;
        }

        var id = Required("id");
        var name = Required("name");
        var title = Required("title");
        var categoryName = Required("category");
        var severityName = Required("severity");
        var message = Required("message");
        var docs = fields.TryGetValue("docs", out var docsNode) ? reader.ReadString("docs", docsNode.Value) : null;

        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.ReportInvalid("id", fields["id"].Value, $"'{id}' is not a rule ID: letters then 3 or 4 digits, such as ACME001 (ContentLint's own pack uses CL and its category's range)");
            id = null;
        }

        if (name is not null && !NamePattern().IsMatch(name))
        {
            reader.ReportInvalid("name", fields["name"].Value, $"'{name}' must be kebab-case, such as 'competitor-names'");
            name = null;
        }

        var category = categoryName is null ? null : RuleCategory.FromName(categoryName);
        if (categoryName is not null && category is null)
        {
            var names = RuleCategory.All.Select(c => c.Name).ToList();
            reader.ReportInvalid("category", fields["category"].Value, $"expected one of {string.Join(", ", names)}, found '{categoryName}'{Suggestions.DidYouMean(Suggestions.Closest(categoryName, names))}");
        }
        else if (category is not null && id is not null && id.StartsWith("CL", StringComparison.Ordinal) && !category.Owns(id))
        {
            reader.ReportInvalid("id", fields["id"].Value, $"{id} is outside the {category.Name} range (CL{category.IdDigit}xxx)");
            id = null;
        }

        var severity = Severity.Warning;
        if (severityName is not null && (!SeverityNames.TryParse(severityName, out severity) || severity == Severity.Off))
        {
            reader.ReportInvalid("severity", fields["severity"].Value, $"expected one of error, warning, info, hint, found '{severityName}'");
            severityName = null;
        }

        var translations = message is not null && fields.TryGetValue("locales", out var locales)
            ? LocalesReader.Read(locales.Value, message.Trim(), (key, node, problem) => reader.ReportInvalid(key, node, problem))
            : [];
        if (id is null || name is null || title is null || category is null || severityName is null || message is null)
        {
            return null;
        }

        return new RuleDescriptor(id, name, title.Trim(), category, severity, message.Trim(), docs?.Trim() ?? title.Trim()) { Translations = translations };
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]{1,9}[0-9]{3,4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
