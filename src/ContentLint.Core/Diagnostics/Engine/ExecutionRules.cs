using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Diagnostics.Engine;

/// <summary>Engine rules about running rules (CL0030).</summary>
public static class ExecutionRules
{
    /// <summary>CL0030: a rule threw an exception.</summary>
    public static RuleDescriptor RuleCrashed { get; } = new(
        "CL0030", "rule-crashed", "Rules must not throw.", RuleCategory.Engine, Severity.Error,
        "Rule {rule} failed on post '{post}' and was skipped for it: {exception}",
        """
        A rule threw an exception while checking a post. Its findings for that post are missing; the
        other rules and files were checked normally. This is a bug in the rule: report it with the
        post that triggers it.
        """) { IsConfigurable = false, French = new("Les règles ne doivent pas lever d’exception.", "La règle {rule} a échoué sur la publication « {post} » et n’y a pas été appliquée : {exception}") };
}
