namespace ContentLint.Core.Rules.Declarative.Checks;

/// <summary>
/// <c>kind: substitution</c>: a wrong wording is reported with a fix to the right one; <c>{match}</c>
/// and <c>{expected}</c> in the message. Text already written exactly as expected is not reported
/// (so <c>linkedin: LinkedIn</c> does not flag "LinkedIn").
/// </summary>
internal sealed class SubstitutionCheck : IDeclarativeCheck
{
    public void Check(PostRuleContext context, DeclarativeRuleDefinition rule, IReadOnlyList<Segment> segments)
    {
        foreach (var segment in segments)
        {
            foreach (var match in segment.Find(rule.Pattern!))
            {
                var expected = match.Replacement!;
                if (string.Equals(match.Text, expected, StringComparison.Ordinal))
                {
                    continue;
                }

                var fix = new TextReplacement(match.Span, expected, $"Replace '{match.Text}' with '{expected}'");
                context.Report(segment.Text, match.Span, fix, ("match", match.Text), ("expected", expected));
            }
        }
    }
}
