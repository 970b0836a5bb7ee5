using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Diagnostics.Engine;

/// <summary>Engine rules about declarative rule files (CL0050–CL0053).</summary>
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
        """) { IsConfigurable = false, French = new("Les fichiers de règles déclaratives doivent être valides.", "Règle invalide, champ « {key} » : {problem}") };

    /// <summary>CL0051: a regular expression the linear-time engine cannot run.</summary>
    public static RuleDescriptor UnsupportedPattern { get; } = new(
        "CL0051", "unsupported-pattern", "Rule patterns must run in linear time.", RuleCategory.Engine, Severity.Error,
        "Pattern of rule {rule} cannot run in linear time: {problem}",
        """
        Patterns run with .NET's `RegexOptions.NonBacktracking` engine, whose time is linear in the
        text, so no post can make a rule hang (no catastrophic backtracking). That engine does not
        support lookarounds (`(?=…)`, `(?<=…)`), backreferences (`\1`), atomic groups or conditionals.
        Rewrite the pattern without them, or use `terms:` for word lists.
        """) { IsConfigurable = false, French = new("Les motifs des règles doivent s’exécuter en temps linéaire.", "Le motif de la règle {rule} ne peut pas s’exécuter en temps linéaire : {problem}") };

    /// <summary>CL0052: an unknown key in a rule file.</summary>
    public static RuleDescriptor UnknownRuleKey { get; } = new(
        "CL0052", "unknown-rule-key", "Rule files must use known keys.", RuleCategory.Engine, Severity.Warning,
        "Unknown key '{key}' in rule file{suggestion}",
        """
        A declarative rule file has a key ContentLint does not read; it has no effect. Usually a typo
        (`patern:`, `case_sensitive:`). `docs/writing-rules.md` lists the keys of each kind.
        """) { French = new("Les fichiers de règles doivent utiliser des clés connues.", "Clé inconnue « {key} » dans le fichier de règle{suggestion}") };

    /// <summary>CL0053: fixes that undo each other, so <c>--fix</c> would never settle.</summary>
    public static RuleDescriptor SelfUndoingFixes { get; } = new(
        "CL0053", "self-undoing-fixes", "Fixes must converge.", RuleCategory.Engine, Severity.Error,
        "{problem}",
        """
        Applying a rule's fixes brings back a text they already changed, or keeps rewriting it without
        end: a substitution whose pairs map back to each other (`aaaa: bbbb` and `bbbb: aaaa`), a
        replacement that contains its own wrong wording (`x: x y`), or two rules that fix each other's
        output. On a rule file, the pairs named are not loaded (the other pairs are); on a content
        file, `--fix` does not apply the fixes of the rules named (the other fixes are applied), so the
        file does not change from run to run. Decide which wording is right and keep only that pair.
        """) { IsConfigurable = false, French = new("Les corrections doivent converger.", "{problem}") };
}
