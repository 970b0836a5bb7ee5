namespace ContentLint.Core.Rules.Declarative.Checks;

/// <summary><c>kind: existence</c>: every match is a finding; the message can use <c>{match}</c>.</summary>
internal sealed class ExistenceCheck : IDeclarativeCheck
{
    public void Check(PostRuleContext context, DeclarativeRuleDefinition rule, IReadOnlyList<Segment> segments)
    {
        foreach (var segment in segments)
        {
            foreach (var match in segment.Find(rule.Pattern!))
            {
                context.Report(segment.Text, match.Span, null, ("match", match.Text));
            }
        }
    }
}
