using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>
/// Turns a rule's scope and channel filter into the segments of a post it searches, each text read
/// the way the rule's category reads code (<see cref="RuleCategory.Code"/>).
/// </summary>
internal static class ScopeSegments
{
    public static List<Segment> For(PostRuleContext context, DeclarativeRuleDefinition rule)
    {
        var post = context.Post;
        var segments = new List<Segment>();
        if (rule.Scope is RuleScope.Title or RuleScope.Alt)
        {
            if ((rule.Scope == RuleScope.Title ? post.Title : post.AltText)?.ReadFor(rule.Descriptor.Category.Code) is { } field && AnyChannelPasses(post, rule))
            {
                segments.Add(new Segment(field, new TextSpan(0, field.Text.Length), 0));
            }

            return segments;
        }

        var index = 0;
        foreach (var (text, method) in Texts(context, rule))
        {
            switch (rule.Scope)
            {
                case RuleScope.FirstLine when index == 0:
                    var end = text.Text.AsSpan().IndexOfAny('\r', '\n');
                    segments.Add(new Segment(text, new TextSpan(0, end < 0 ? text.Text.Length : end), index));
                    break;
                case RuleScope.FirstLine:
                    break;
                case RuleScope.Hashtags or RuleScope.Mentions or RuleScope.Links:
                    var kind = rule.Scope switch { RuleScope.Hashtags => EntityKind.Hashtag, RuleScope.Mentions => EntityKind.Mention, _ => EntityKind.Url };
                    segments.AddRange(EntityExtractor.Extract(text.Text, method, kind).Select(span => new Segment(text, span, index)));
                    break;
                default:
                    segments.Add(new Segment(text, new TextSpan(0, text.Text.Length), index));
                    break;
            }

            index++;
        }

        return segments;
    }

    /// <summary>Distinct texts of the post published on channels the rule applies to, with the channel's counting method.</summary>
    private static IEnumerable<(MappedText Text, CountingMethod Method)> Texts(PostRuleContext context, DeclarativeRuleDefinition rule)
    {
        var seen = new HashSet<MappedText>(ReferenceEqualityComparer.Instance);
        foreach (var rendition in context.Post.Renditions)
        {
            if (!rule.Filters.MatchesChannel(rendition.Channel.Value))
            {
                continue;
            }

            var method = context.Channels.Find(rendition.Channel.Value)?.Counter.Method ?? CountingMethod.XWeighted;
            foreach (var part in rendition.Parts.Where(seen.Add))
            {
                yield return (part.ReadFor(rule.Descriptor.Category.Code), method);
            }
        }
    }

    private static bool AnyChannelPasses(Post post, DeclarativeRuleDefinition rule) =>
        post.Channels.Any(c => rule.Filters.MatchesChannel(c.Value));
}
