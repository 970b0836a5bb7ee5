using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules.Declarative.Checks;

/// <summary>
/// <c>kind: substitution</c>: a wrong wording is reported with a fix to the right one; <c>{match}</c>
/// and <c>{expected}</c> in the message. Text already written exactly as expected is not reported
/// (so <c>linkedin: LinkedIn</c> does not flag "LinkedIn"). In prose scopes, matches inside a link,
/// hashtag or mention are skipped: rewriting <c>linkedin.com</c> or <c>@youtube</c> would change an
/// address, not a wording (a rule with <c>scope: hashtags</c> still rewrites hashtags).
/// </summary>
internal sealed class SubstitutionCheck : IDeclarativeCheck
{
    public void Check(PostRuleContext context, DeclarativeRuleDefinition rule, IReadOnlyList<Segment> segments)
    {
        var skipEntities = rule.Scope is not (RuleScope.Hashtags or RuleScope.Mentions or RuleScope.Links);
        foreach (var segment in segments)
        {
            SpanIndex? entities = null;
            foreach (var match in segment.Find(rule.Pattern!))
            {
                var expected = match.Replacement!;
                if (string.Equals(match.Text, expected, StringComparison.Ordinal)
                    || (skipEntities && (entities ??= Entities(segment.Text)).Overlaps(match.Span)))
                {
                    continue;
                }

                var fix = new TextReplacement(match.Span, expected, $"Replace '{match.Text}' with '{expected}'");
                context.Report(segment.Text, match.Span, fix, ("match", match.Text), ("expected", expected));
            }
        }
    }

    /// <summary>Links (bare domains included, whatever the channel), hashtags and mentions of a text.</summary>
    private static SpanIndex Entities(MappedText text) => new(EntityExtractor.Extract(text.Text, CountingMethod.Graphemes).Select(e => e.Span));
}
