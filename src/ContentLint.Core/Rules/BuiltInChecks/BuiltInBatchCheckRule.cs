using ContentLint.Core.Rules.Declarative;

namespace ContentLint.Core.Rules.BuiltInChecks;

/// <summary>A rule file of <c>kind: builtin</c> with a batch check.</summary>
public sealed class BuiltInBatchCheckRule(DeclarativeRuleDefinition definition, IBuiltInBatchCheck check, BuiltInOptions options) : BatchRule
{
    /// <summary>The rule as read from its file.</summary>
    public DeclarativeRuleDefinition Definition { get; } = definition;

    /// <summary>The check's name.</summary>
    public string CheckName => check.Name;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Definition.Descriptor;

    /// <inheritdoc />
    public override void Check(BatchRuleContext context) => check.Check(context, options);
}
