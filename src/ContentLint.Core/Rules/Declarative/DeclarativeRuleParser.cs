using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>Reads a declarative rule file (YAML, one rule per file), reporting every problem at its position.</summary>
public static partial class DeclarativeRuleParser
{
    private static readonly string[] CommonKeys = ["id", "name", "title", "category", "severity", "kind", "message", "locales", "docs", "scope", "filters"];
    private static readonly string[] MatchKeys = ["terms", "pattern", "caseSensitive", "accentSensitive", "wholeWords"];

    /// <summary>Keys each kind accepts besides the common ones.</summary>
    public static ImmutableDictionary<DeclarativeKind, string[]> KindKeys { get; } = new Dictionary<DeclarativeKind, string[]>
    {
        [DeclarativeKind.Existence] = MatchKeys,
        [DeclarativeKind.Substitution] = ["swap", "caseSensitive", "accentSensitive", "wholeWords"],
        [DeclarativeKind.Occurrence] = [.. MatchKeys, "min", "max", "per"],
        [DeclarativeKind.Conditional] = ["if", "then", "caseSensitive", "accentSensitive", "wholeWords"],
        [DeclarativeKind.Ratio] = ["match", "groupBy", "max", "minPosts"],
    }.ToImmutableDictionary();

    /// <summary>Parses <paramref name="source"/>; the definition is null when the file has errors.</summary>
    public static (DeclarativeRuleDefinition? Rule, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceDocument source)
    {
        var reader = new ConfigReader(source, RuleFileRules.InvalidRule);
        var stream = YamlLoader.Load(source.Text, out var error);
        if (stream is null)
        {
            reader.Report(RuleFileRules.InvalidRule, error.Span, ("key", "(file)"), ("problem", error.Message));
            return (null, reader.Diagnostics);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            reader.Report(RuleFileRules.InvalidRule, new TextSpan(0, 0), ("key", "(file)"), ("problem", "a rule file is a map with id, name, title, category, severity, kind and message"));
            return (null, reader.Diagnostics);
        }

        var fields = map.Children.ToDictionary(c => c.Key.AsScalarValue() ?? string.Empty, c => (Key: c.Key, Value: c.Value));
        var descriptor = RuleHeaderReader.Read(reader, map, fields);
        var kind = ReadKind(reader, map, fields);
        ReportUnknownKeys(reader, fields, kind);
        if (descriptor is null || kind is null)
        {
            return (null, reader.Diagnostics);
        }

        var definition = new DeclarativeRuleDefinition
        {
            Descriptor = descriptor,
            Kind = kind.Value,
            SourcePath = source.Path,
            IdSpan = fields["id"].Value.GetTrimmedSpan(source.Text),
            Filters = fields.TryGetValue("filters", out var filters) ? FilterReader.Read(reader, "filters", filters.Value) : RuleFilters.None,
            Scope = ReadScope(reader, fields),
        };
        definition = KindReader.Read(reader, definition, fields);
        // Self-undoing swap pairs are left out of the rule, which keeps its other pairs.
        var failed = reader.Diagnostics.Any(d => d.Rule.DefaultSeverity == Severity.Error && d.Rule != RuleFileRules.SelfUndoingFixes);
        return (failed ? null : definition, reader.Diagnostics);
    }

    /// <summary>Builds a linear-time regex with the pattern time budget, or reports why it cannot be one (CL0051: unsupported, or over <see cref="PatternLimits"/>).</summary>
    internal static Regex? CompilePattern(ConfigReader reader, string ruleId, YamlNode node, bool caseSensitive)
    {
        var text = reader.ReadString("pattern", node);
        if (text is null)
        {
            return null;
        }

        if (PatternLimits.Check(text) is { } tooBig)
        {
            reader.Report(RuleFileRules.UnsupportedPattern, node.GetTrimmedSpan(reader.Source.Text), ("rule", ruleId), ("problem", tooBig));
            return null;
        }

        var options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        try
        {
            return new Regex(text, options, PatternLimits.MatchTimeout);
        }
        catch (NotSupportedException ex)
        {
            reader.Report(RuleFileRules.UnsupportedPattern, node.GetTrimmedSpan(reader.Source.Text), ("rule", ruleId), ("problem", ex.Message.TrimEnd('.')));
        }
        catch (ArgumentException ex)
        {
            reader.ReportInvalid("pattern", node, $"not a valid regular expression: {ex.Message.TrimEnd('.')}");
        }

        return null;
    }

    private static DeclarativeKind? ReadKind(ConfigReader reader, YamlMappingNode map, Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        if (!fields.TryGetValue("kind", out var node))
        {
            reader.ReportInvalid("kind", map, "missing: one of existence, substitution, occurrence, conditional, ratio");
            return null;
        }

        var text = node.Value.AsScalarValue() ?? string.Empty;
        if (Enum.TryParse<DeclarativeKind>(text, ignoreCase: true, out var kind) && char.IsLetter(text.FirstOrDefault()))
        {
            return kind;
        }

        var names = Enum.GetNames<DeclarativeKind>().Select(n => n.ToLowerInvariant()).ToList();
        reader.ReportInvalid("kind", node.Value, $"expected one of {string.Join(", ", names)}, found '{text}'{Suggestions.DidYouMean(Suggestions.Closest(text, names))}");
        return null;
    }

    private static RuleScope ReadScope(ConfigReader reader, Dictionary<string, (YamlNode Key, YamlNode Value)> fields)
    {
        if (!fields.TryGetValue("scope", out var node))
        {
            return RuleScope.Text;
        }

        var text = (node.Value.AsScalarValue() ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal);
        if (Enum.TryParse<RuleScope>(text, ignoreCase: true, out var scope) && char.IsLetter(text.FirstOrDefault()))
        {
            return scope;
        }

        reader.ReportInvalid("scope", node.Value, "expected one of text, first-line, hashtags, mentions, links, title, alt");
        return RuleScope.Text;
    }

    private static void ReportUnknownKeys(ConfigReader reader, Dictionary<string, (YamlNode Key, YamlNode Value)> fields, DeclarativeKind? kind)
    {
        var known = kind is { } k ? [.. CommonKeys, .. KindKeys[k]] : CommonKeys.Concat(KindKeys.Values.SelectMany(v => v)).ToArray();
        foreach (var (name, (key, _)) in fields)
        {
            if (!known.Contains(name))
            {
                reader.Report(RuleFileRules.UnknownRuleKey, key.GetSpan(), ("key", name), ("suggestion", Suggestions.DidYouMeanPlaceholder(Suggestions.Closest(name, known))));
            }
        }
    }
}
