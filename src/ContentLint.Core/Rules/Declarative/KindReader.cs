using System.Collections.Immutable;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>Reads the fields specific to each kind of declarative rule.</summary>
internal static class KindReader
{
    private static readonly string[] GroupKeys = ["persona", "channel", "type", "lang", "week"];

    public static DeclarativeRuleDefinition Read(ConfigReader reader, DeclarativeRuleDefinition rule, Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        YamlNode? Get(string key) => fields.TryGetValue(key, out var node) ? node.Value : null;
        bool Flag(string key, bool fallback) => Get(key) is { } node ? reader.ReadBool(key, node) ?? fallback : fallback;
        var caseSensitive = Flag("caseSensitive", false);
        var accentSensitive = Flag("accentSensitive", false);
        var wholeWords = Flag("wholeWords", true);
        TextPattern? Pattern(string key, YamlNode? terms, YamlNode? pattern)
        {
            if (terms is not null && pattern is null && reader.ReadStringList(key, terms) is { IsEmpty: false } list)
            {
                return TextPattern.FromTerms(list, caseSensitive, accentSensitive, wholeWords);
            }

            if (pattern is not null && terms is null)
            {
                return DeclarativeRuleParser.CompilePattern(reader, rule.Descriptor.Id, pattern, caseSensitive) is { } regex ? TextPattern.FromRegex(regex) : null;
            }

            reader.ReportInvalid(key, terms ?? pattern ?? fields["kind"].Value, "give 'terms' (a list) or 'pattern' (a regular expression), one of the two");
            return null;
        }

        switch (rule.Kind)
        {
            case DeclarativeKind.Existence:
                return rule with { Pattern = Pattern("terms", Get("terms"), Get("pattern")) };
            case DeclarativeKind.Occurrence:
                var min = Get("min") is { } minNode ? reader.ReadInt("min", minNode, 0) : null;
                var max = Get("max") is { } maxNode ? reader.ReadInt("max", maxNode, 0) : null;
                if (min is null && max is null)
                {
                    reader.ReportInvalid("min", fields["kind"].Value, "an occurrence rule needs 'min', 'max' or both");
                }

                var per = Get("per")?.AsScalarValue() ?? "post";
                if (per is not ("post" or "part"))
                {
                    reader.ReportInvalid("per", Get("per")!, $"expected post or part, found '{per}'");
                }

                return rule with { Pattern = Pattern("terms", Get("terms"), Get("pattern")), Min = min, Max = max, PerPart = per == "part" };
            case DeclarativeKind.Substitution:
                return rule with { Pattern = Swap(reader, rule.Descriptor.Id, Get("swap"), fields, caseSensitive, accentSensitive, wholeWords) };
            case DeclarativeKind.Conditional:
                var then = Get("then");
                return rule with
                {
                    If = Condition(reader, "if", Get("if"), fields, Pattern),
                    Then = Condition(reader, "then", then, fields, Pattern),
                    ThenDescription = then is YamlMappingNode m ? Describe(m) : string.Empty,
                };
            default:
                return ReadRatio(reader, rule, Get);
        }
    }

    private static TextPattern? Swap(ConfigReader reader, string ruleId, YamlNode? node, Dictionary<string, (YamlNode Key, YamlNode Value)> fields, bool caseSensitive, bool accentSensitive, bool wholeWords)
    {
        if (node is not YamlMappingNode map || map.Children.Count == 0)
        {
            reader.ReportInvalid("swap", node ?? fields["kind"].Value, "a substitution rule needs 'swap': a map of wrong → right wording");
            return null;
        }

        var pairs = new List<(YamlNode Key, string Wrong, string Right)>();
        foreach (var (key, value) in map.Children)
        {
            if (key.AsScalarValue() is { Length: > 0 } w && reader.ReadString($"swap.{w}", value) is { } r)
            {
                pairs.Add((key, w, r));
            }
        }

        TextPattern Build() => TextPattern.FromTerms([.. pairs.Select(p => p.Wrong)], caseSensitive, accentSensitive, wholeWords, [.. pairs.Select(p => p.Right)]);
        var pattern = Build();
        var unsettled = SelfUndoingSwaps.Find(pattern, [.. pairs.Select(p => p.Right)]);
        if (unsettled.Count == 0)
        {
            return pattern;
        }

        // Report each pair that --fix would rewrite forever, and keep the others: the rule still checks them.
        foreach (var (key, w, r) in unsettled.Select(i => pairs[i]))
        {
            reader.Report(RuleFileRules.SelfUndoingFixes, key.GetTrimmedSpan(reader.Source.Text), ("problem", $"The swap '{w}' → '{r}' of rule {ruleId} never settles: the rule's own pairs rewrite '{r}' again (they undo each other, or the replacement contains what it replaces). This pair is not loaded"));
        }

        pairs = [.. pairs.Where((_, i) => !unsettled.Contains(i))];
        if (pairs.Count == 0)
        {
            reader.ReportInvalid("swap", node, "every pair of the substitution is undone by another one");
            return null;
        }

        return Build();
    }

    private static TextPattern? Condition(ConfigReader reader, string key, YamlNode? node, Dictionary<string, (YamlNode Key, YamlNode Value)> fields, Func<string, YamlNode?, YamlNode?, TextPattern?> pattern)
    {
        if (node is not YamlMappingNode map)
        {
            reader.ReportInvalid(key, node ?? fields["kind"].Value, $"a conditional rule needs '{key}': {{terms: [...]}} or {{pattern: ...}}");
            return null;
        }

        YamlNode? Child(string name) => map.Children.TryGetValue(new YamlScalarNode(name), out var value) ? value : null;
        return pattern($"{key}.terms", Child("terms"), Child("pattern"));
    }

    private static string Describe(YamlMappingNode map) =>
        map.Children.TryGetValue(new YamlScalarNode("terms"), out var terms) && terms is YamlSequenceNode list
            ? string.Join(", ", list.Children.Select(c => $"'{c.AsScalarValue()}'"))
            : map.Children.TryGetValue(new YamlScalarNode("pattern"), out var pattern) ? $"/{pattern.AsScalarValue()}/" : string.Empty;


    private static DeclarativeRuleDefinition ReadRatio(ConfigReader reader, DeclarativeRuleDefinition rule, Func<string, YamlNode?> get)
    {
        var match = get("match") is { } matchNode ? FilterReader.Read(reader, "match", matchNode) : null;
        if (match is null)
        {
            reader.ReportInvalid("match", get("kind") ?? new YamlScalarNode(), "a ratio rule needs 'match': the filter of the posts it counts, e.g. {types: [promo]}");
        }

        var groupBy = get("groupBy") is { } groupNode ? reader.ReadStringList("groupBy", groupNode) ?? [] : ImmutableArray<string>.Empty;
        foreach (var key in groupBy.Where(k => !GroupKeys.Contains(k)))
        {
            reader.ReportInvalid("groupBy", get("groupBy")!, $"'{key}' is not a grouping key: use {string.Join(", ", GroupKeys)}");
        }

        var max = get("max") is { } maxNode ? reader.ReadDouble("max", maxNode, 0, 1) : null;
        if (max is null && get("max") is null)
        {
            reader.ReportInvalid("max", get("kind") ?? new YamlScalarNode(), "a ratio rule needs 'max': the highest share, from 0 to 1");
        }

        var minPosts = get("minPosts") is { } minNode ? reader.ReadInt("minPosts", minNode, 1) ?? 1 : 1;
        return rule with { Match = match, GroupBy = groupBy, MaxShare = max ?? 1, MinPosts = minPosts };
    }
}
