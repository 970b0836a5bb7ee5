using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>
/// Reads a rule header's <c>locales:</c> map (<c>fr: {title, message}</c>), the same in YAML rule
/// files and script headers, reporting each problem at the node it concerns.
/// </summary>
internal static class LocalesReader
{
    private static readonly string[] TextKeys = ["title", "message"];

    /// <summary>The translations; <paramref name="report"/> receives the key path (<c>locales.fr.message</c>), the node and the problem.</summary>
    public static ImmutableDictionary<string, RuleTranslation> Read(YamlNode locales, string englishMessage, Action<string, YamlNode, string> report)
    {
        var translations = ImmutableDictionary<string, RuleTranslation>.Empty;
        if (locales is not YamlMappingNode map)
        {
            report("locales", locales, $"expected a map of languages (such as 'fr:') to 'title' and 'message', found {locales.DescribeKind()}");
            return translations;
        }

        var languages = MessageLocale.Supported.Where(l => l != MessageLocale.English).ToList();
        foreach (var (keyNode, value) in map.Children)
        {
            var language = keyNode.AsScalarValue() ?? string.Empty;
            if (!languages.Contains(language))
            {
                var known = string.Join(", ", languages);
                report("locales", keyNode, language == MessageLocale.English
                    ? "English is the rule's own 'title' and 'message', not a locale"
                    : $"unknown locale '{language}': rule texts can be translated into {known}{Suggestions.DidYouMean(Suggestions.Closest(language, languages))}");
                continue;
            }

            if (ReadTranslation($"locales.{language}", keyNode, value, englishMessage, report) is { } translation)
            {
                translations = translations.SetItem(language, translation);
            }
        }

        return translations;
    }

    private static RuleTranslation? ReadTranslation(string path, YamlNode keyNode, YamlNode value, string englishMessage, Action<string, YamlNode, string> report)
    {
        if (value is not YamlMappingNode texts)
        {
            report(path, value, $"expected a map with 'title' and 'message', found {value.DescribeKind()}");
            return null;
        }

        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, text) in texts.Children)
        {
            var name = key.AsScalarValue() ?? string.Empty;
            if (TextKeys.Contains(name))
            {
                fields[name] = text;
            }
            else
            {
                report(path, key, $"unknown key '{name}': a locale has 'title' and 'message'{Suggestions.DidYouMean(Suggestions.Closest(name, TextKeys))}");
            }
        }

        var title = Text(path, "title", keyNode, fields, report);
        var message = Text(path, "message", keyNode, fields, report);
        if (title is null || message is null || !SamePlaceholders($"{path}.message", fields["message"], message, englishMessage, report))
        {
            return null;
        }

        return new RuleTranslation(title, message);
    }

    private static string? Text(string path, string key, YamlNode keyNode, Dictionary<string, YamlNode> fields, Action<string, YamlNode, string> report)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            report(path, keyNode, $"missing '{key}': a locale translates both 'title' and 'message'");
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && !node.IsNull() && text.Trim().Length > 0)
        {
            return text.Trim();
        }

        report($"{path}.{key}", node, $"expected text, found {node.DescribeKind()}");
        return null;
    }

    private static bool SamePlaceholders(string path, YamlNode node, string message, string englishMessage, Action<string, YamlNode, string> report)
    {
        var english = RuleDescriptor.PlaceholdersOf(englishMessage).ToList();
        var translated = RuleDescriptor.PlaceholdersOf(message).ToList();
        var extra = translated.Except(english).ToList();
        var missing = english.Except(translated).ToList();
        if (extra.Count == 0 && missing.Count == 0)
        {
            return true;
        }

        var problems = new List<string>();
        if (extra.Count > 0)
        {
            problems.Add($"{Braced(extra)} {(extra.Count == 1 ? "is" : "are")} not in the English message");
        }

        if (missing.Count > 0)
        {
            problems.Add($"{Braced(missing)} from the English message {(missing.Count == 1 ? "is" : "are")} missing");
        }

        report(path, node, $"the placeholders must be the English message's: {string.Join("; ", problems)}");
        return false;
    }

    private static string Braced(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"{{{n}}}"));
}
