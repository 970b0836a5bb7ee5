using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Rules.Engine;

/// <summary>Engine rules about declarative rule files (CL0050–CL0052).</summary>
public static class RuleFileRules
{
    /// <summary>CL0050: a rule file that cannot be read as a rule.</summary>
    public static RuleDescriptor InvalidRule { get; } = new(
        "CL0050", "invalid-rule", "Declarative rule files must be valid.", RuleCategory.Engine, Severity.Error,
        "Invalid rule '{key}': {problem}",
        """
        A declarative rule file (`.yaml` in a rule folder) has a missing or wrong field: every rule
        needs `id`, `name`, `title`, `category`, `severity`, `kind`, `message` and what it matches
        (`terms`, `pattern`, `swap`…, depending on the kind). The rule is not loaded; the other rules
        run. `docs/writing-rules.md` describes every field.
        """) { IsConfigurable = false };

    /// <summary>CL0051: a regular expression the linear-time engine cannot run.</summary>
    public static RuleDescriptor UnsupportedPattern { get; } = new(
        "CL0051", "unsupported-pattern", "Rule patterns must run in linear time.", RuleCategory.Engine, Severity.Error,
        "Pattern of rule {rule} cannot run in linear time: {problem}",
        """
        Patterns run with .NET's `RegexOptions.NonBacktracking` engine, whose time is linear in the
        text, so no post can make a rule hang (no catastrophic backtracking). That engine does not
        support lookarounds (`(?=…)`, `(?<=…)`), backreferences (`\1`), atomic groups or conditionals.
        Rewrite the pattern without them, or use `terms:` for word lists.
        """) { IsConfigurable = false };

    /// <summary>CL0052: an unknown key in a rule file.</summary>
    public static RuleDescriptor UnknownRuleKey { get; } = new(
        "CL0052", "unknown-rule-key", "Rule files must use known keys.", RuleCategory.Engine, Severity.Warning,
        "Unknown key '{key}' in rule file{suggestion}",
        """
        A declarative rule file has a key ContentLint does not read; it has no effect. Usually a typo
        (`patern:`, `case_sensitive:`). `docs/writing-rules.md` lists the keys of each kind.
        """);
}
