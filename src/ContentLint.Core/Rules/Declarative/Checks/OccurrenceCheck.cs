using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules.Declarative.Checks;

/// <summary>
/// <c>kind: occurrence</c>: more than <c>max</c> matches per post (or part) reports each match past
/// the maximum; fewer than <c>min</c> reports once at the start of the text. Message placeholders:
/// <c>{count}</c>, <c>{min}</c>, <c>{max}</c>, <c>{match}</c>.
/// </summary>
internal sealed class OccurrenceCheck : IDeclarativeCheck
{
    public void Check(PostRuleContext context, DeclarativeRuleDefinition rule, IReadOnlyList<Segment> segments)
    {
        var groups = rule.PerPart ? segments.GroupBy(s => s.PartIndex).Select(g => g.ToList()) : [segments.ToList()];
        foreach (var group in groups)
        {
            var matches = group.SelectMany(s => s.Find(rule.Pattern!).Select(m => (Segment: s, Match: m))).ToList();
            var args = new List<(string, object?)> { ("count", matches.Count), ("min", rule.Min), ("max", rule.Max) };
            if (rule.Max is { } max && matches.Count > max)
            {
                foreach (var (segment, match) in matches.Skip(max))
                {
                    context.Report(segment.Text, match.Span, null, [.. args, ("match", match.Text)]);
                }
            }

            if (rule.Min is { } min && matches.Count < min && group.Count > 0)
            {
                var first = group[0];
                context.Report(first.Text, new TextSpan(first.Range.Start, 0), null, [.. args, ("match", string.Empty)]);
            }
        }
    }
}
