namespace ContentLint.Core.Rules.Declarative.Checks;

/// <summary>
/// <c>kind: conditional</c>: when the post matches <c>if</c> but nowhere matches <c>then</c>, the first
/// <c>if</c> match is reported; <c>{match}</c> and <c>{then}</c> in the message.
/// </summary>
internal sealed class ConditionalCheck : IDeclarativeCheck
{
    public void Check(PostRuleContext context, DeclarativeRuleDefinition rule, IReadOnlyList<Segment> segments)
    {
        var trigger = segments.SelectMany(s => s.Find(rule.If!).Select(m => (Segment: s, Match: m))).FirstOrDefault();
        if (trigger.Match.Text is null || segments.Any(s => s.Find(rule.Then!).Any()))
        {
            return;
        }

        context.Report(trigger.Segment.Text, trigger.Match.Span, null, ("match", trigger.Match.Text), ("then", rule.ThenDescription));
    }
}
