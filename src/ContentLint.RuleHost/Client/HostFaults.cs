using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Scripting;
using ContentLint.Core.Text;

namespace ContentLint.RuleHost.Client;

/// <summary>The engine finding for a rule whose call got no answer from the rule host.</summary>
internal static class HostFaults
{
    /// <summary>What the user reads: CL0034 when the host hung (the watchdog stopped it), CL0030 when it died or failed.</summary>
    /// <param name="failure">What happened.</param>
    /// <param name="rule">The rule at fault.</param>
    /// <param name="span">Where to report (the post, or the script's ID for a warm-up).</param>
    /// <param name="post">The post's ID, or what the rule was doing (<c>(warm-up)</c>, <c>(all posts)</c>).</param>
    /// <param name="limits">The script budget, named in CL0034's message.</param>
    public static Diagnostic Describe(HostFailure failure, RuleDescriptor rule, TextSpan span, string post, ScriptConfiguration limits) =>
        failure.Kind == HostFailureKind.TimedOut
            ? Diagnostic.Create(ScriptRules.RuleOverBudget, span, ("rule", rule.Id), ("budget", ScriptBudgetScope.Describe(ScriptBudgetKind.Time, limits)), ("post", post))
            : Diagnostic.Create(ExecutionRules.RuleCrashed, span, ("rule", rule.Id), ("post", post), ("exception", $"{failure.Detail}; the rule is disabled for the rest of the run"));
}
