using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Rules;

/// <summary>
/// A rule that looks at all the posts of a run at once (shares per persona and week, consistency
/// across posts). It runs after the per-post rules, over every file checked with the same configuration.
/// </summary>
public abstract class BatchRule
{
    /// <summary>The rule's metadata.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Checks <see cref="BatchRuleContext.Documents"/> and reports through the context.</summary>
    public abstract void Check(BatchRuleContext context);
}
