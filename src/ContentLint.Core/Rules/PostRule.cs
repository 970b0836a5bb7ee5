using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Rules;

/// <summary>
/// A compiled rule that checks one post at a time. Subclasses in this assembly are discovered
/// (no registration list); each declares exactly one <see cref="RuleDescriptor"/>.
/// </summary>
public abstract class PostRule
{
    /// <summary>The rule's metadata.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Checks <see cref="PostRuleContext.Post"/> and reports through the context. Must not keep state between calls.</summary>
    public abstract void Check(PostRuleContext context);
}
