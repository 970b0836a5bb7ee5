using ContentLint.Core.Rules.Declarative;

namespace ContentLint.Core.Rules.BuiltInChecks;

/// <summary>A rule file of <c>kind: builtin</c> with a per-post check: filters from the file, then the check.</summary>
public sealed class BuiltInCheckRule(DeclarativeRuleDefinition definition, IBuiltInCheck check, BuiltInOptions options) : PostRule
{
    /// <summary>The rule as read from its file.</summary>
    public DeclarativeRuleDefinition Definition { get; } = definition;

    /// <summary>The check's name.</summary>
    public string CheckName => check.Name;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Definition.Descriptor;

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        if (Definition.Filters.MatchesPost(context.Post) && context.Post.Channels.Any(c => Definition.Filters.MatchesChannel(c.Value)))
        {
            check.Check(context, options);
        }
    }
}
