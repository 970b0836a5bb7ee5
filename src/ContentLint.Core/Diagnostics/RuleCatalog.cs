using System.Collections.Immutable;
using ContentLint.Core.Diagnostics.Engine;

namespace ContentLint.Core.Diagnostics;

/// <summary>Every rule descriptor known to a linter, found by ID or kebab-case name.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byKey = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds a catalog; IDs and names must be unique.</summary>
    public RuleCatalog(IEnumerable<RuleDescriptor> rules)
    {
        var list = new List<RuleDescriptor>();
        foreach (var rule in rules)
        {
            if (!_byKey.TryAdd(rule.Id, rule))
            {
                throw new ArgumentException($"Two rules have the ID {rule.Id}.", nameof(rules));
            }

            if (!_byKey.TryAdd(rule.Name, rule))
            {
                throw new ArgumentException($"Two rules have the name '{rule.Name}' ({rule.Id} and {_byKey[rule.Name].Id}).", nameof(rules));
            }

            list.Add(rule);
        }

        Rules = [.. list.OrderBy(r => r.Id, StringComparer.Ordinal)];
    }

    /// <summary>The engine's own rules (CL0xxx).</summary>
    public static ImmutableArray<RuleDescriptor> EngineRules { get; } =
    [
        ParseRules.InvalidYaml, ParseRules.UnclosedFrontMatter, ParseRules.InvalidEncoding, ParseRules.BinaryFile,
        ParseRules.FileTooLarge, ParseRules.EmptyFile, ParseRules.MissingText, ParseRules.UnreadablePath,
        ParseRules.UnsupportedFile, ParseRules.MarkdownTooDeep, FieldRules.UnknownField, FieldRules.InvalidFieldValue, FieldRules.MissingChannel,
        SuppressionRules.UnusedSuppression, SuppressionRules.InvalidSuppression,
        ConfigRules.InvalidConfig, ConfigRules.UnknownConfigKey, ConfigRules.InvalidConfigValue, ConfigRules.UnknownRuleInConfig, ConfigRules.ConfigurationUnreadable,
        ExecutionRules.RuleCrashed, FixRules.FixNotWritten,
        RuleFileRules.InvalidRule, RuleFileRules.UnsupportedPattern, RuleFileRules.UnknownRuleKey, RuleFileRules.SelfUndoingFixes,
        ScriptRules.ScriptCompileError, ScriptRules.ScriptForbiddenApi, ScriptRules.InvalidRuleHeader, ScriptRules.RuleOverBudget,
        ScriptRules.ScriptsDisabled,
    ];

    /// <summary>All rules, sorted by ID.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>Finds a rule by ID or name (case-insensitive).</summary>
    public RuleDescriptor? Find(string idOrName) => _byKey.GetValueOrDefault(idOrName.Trim());

    /// <summary>The closest ID or name to a misspelt one, for "did you mean" messages.</summary>
    public string? Suggest(string idOrName) => Suggestions.Closest(idOrName, _byKey.Keys);
}
