namespace ContentLint.Core.Rules.Declarative.Checks;

/// <summary>The check of one kind of declarative rule on one post.</summary>
internal interface IDeclarativeCheck
{
    /// <summary>Reports what <paramref name="rule"/> finds in <paramref name="segments"/>.</summary>
    void Check(PostRuleContext context, DeclarativeRuleDefinition rule, IReadOnlyList<Segment> segments);
}
