using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Diagnostics.Engine;

/// <summary>Engine rules about inline suppressions (CL0011, CL0012).</summary>
public static class SuppressionRules
{
    /// <summary>CL0011: a suppression that suppressed nothing.</summary>
    public static RuleDescriptor UnusedSuppression { get; } = new(
        "CL0011", "unused-suppression", "Suppressions must suppress something.", RuleCategory.Engine, Severity.Warning,
        "Unused suppression of {rule}: nothing reported here needs it",
        """
        A `contentlint-disable…` comment or `contentlint: {disable: [..]}` entry names a rule that
        reported nothing where it applies. It may be left over from a fixed problem, or point at the
        wrong line; either way it would hide a future problem that nobody has reviewed.

        **Fix**: the quick fix removes the rule from the comment, or the comment when it names only that rule.
        """) { French = new("Une désactivation doit servir à quelque chose.", "Désactivation inutile de {rule} : rien de ce qui est signalé ici ne la justifie") };

    /// <summary>CL0012: a suppression comment that cannot be understood.</summary>
    public static RuleDescriptor InvalidSuppression { get; } = new(
        "CL0012", "invalid-suppression", "Suppression comments must name known rules.", RuleCategory.Engine, Severity.Warning,
        "Suppression names unknown rule '{rule}'{suggestion}",
        """
        A suppression names a rule ID or name that no loaded rule has. Rules are named by ID
        (`CL2001`) or kebab-case name (`confidential-term`); `contentlint rules list` shows them all.

        ```markdown
        <!-- contentlint-disable-next-line CL2001 -- announced publicly on 2026-11-02 -->
        ```
        """) { French = new("Les commentaires de désactivation doivent nommer des règles connues.", "La désactivation nomme une règle inconnue « {rule} »{suggestion}") };
}
