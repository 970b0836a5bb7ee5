using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>
/// <c>kind: ratio</c>: groups the posts (by persona, channel, type, lang and/or ISO week of
/// <c>publish_at</c>), and in each group of at least <c>minPosts</c> posts where the share of posts
/// passing <c>match</c> is above <c>max</c>, reports the matching posts past the allowed number, in
/// publication order. Message placeholders: <c>{count}</c>, <c>{total}</c>, <c>{share}</c>,
/// <c>{max}</c>, <c>{group}</c>.
/// </summary>
public sealed class RatioRule : BatchRule
{
    /// <summary>Wraps a parsed definition of kind ratio.</summary>
    public RatioRule(DeclarativeRuleDefinition definition)
    {
        if (definition.Kind != DeclarativeKind.Ratio || definition.Match is null)
        {
            throw new ArgumentException("A ratio rule needs kind: ratio and a match filter.", nameof(definition));
        }

        Definition = definition;
    }

    /// <summary>The rule as read from its file.</summary>
    public DeclarativeRuleDefinition Definition { get; }

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Definition.Descriptor;

    /// <inheritdoc />
    public override bool UsesFacts => true;

    /// <summary>One fact per channel of a post the filters keep: its group, whether it matches, its date.</summary>
    public override void Collect(FactCollectContext context)
    {
        var post = context.Post;
        if (!Definition.Filters.MatchesPost(post))
        {
            return;
        }

        var at = post.Type?.Span ?? post.Channels.FirstOrDefault().Span;
        foreach (var channel in post.Channels.Select(c => c.Value).Where(Definition.Filters.MatchesChannel).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (GroupKey(post, channel) is { } group)
            {
                var matches = Definition.Match!.MatchesPost(post) && Definition.Match.MatchesChannel(channel);
                context.Keep(at, ("group", group), ("match", matches), ("publishAt", post.PublishAt?.Value));
            }
        }
    }

    /// <summary>Per group, the matching posts past the allowed share.</summary>
    public override void Decide(FactDecideContext context)
    {
        foreach (var group in context.Facts.GroupBy(f => f.Text("group")!, StringComparer.Ordinal))
        {
            var excess = ShareLimit.Excess(group.ToList(), f => f.Flag("match"), f => f.Date("publishAt"), f => f.PostId, Definition.MaxShare, Definition.MinPosts);
            foreach (var fact in excess?.Reported ?? [])
            {
                context.Report(fact, ("count", excess!.Count), ("total", excess.Total), ("share", excess.Share), ("max", excess.Max), ("group", group.Key));
            }
        }
    }

    private string? GroupKey(Post post, string channel)
    {
        var parts = new List<string>();
        foreach (var key in Definition.GroupBy)
        {
            string? value = key switch
            {
                "persona" => post.Persona?.Value ?? "(no persona)",
                "channel" => channel.ToLowerInvariant(),
                "type" => post.Type?.Value.ToString().ToLowerInvariant() ?? "(no type)",
                "lang" => post.Lang?.Value ?? "(no lang)",
                "week" => post.PublishAt is { } date ? ShareLimit.IsoWeek(date.Value) : null,
                _ => null,
            };
            if (value is null)
            {
                return null; // Posts without a date are not in any week.
            }

            parts.Add(value);
        }

        return string.Join(" × ", parts);
    }
}
