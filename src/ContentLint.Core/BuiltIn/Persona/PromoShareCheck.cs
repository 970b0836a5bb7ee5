using ContentLint.Core.Channels;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;
using ContentLint.Core.Rules.Declarative;

namespace ContentLint.Core.BuiltIn.Persona;

/// <summary>
/// <c>check: promo-share</c>, across posts: per persona × channel × ISO week of <c>publish_at</c>, the share
/// of promotional posts is at most <c>promo.maxShare</c>; groups under <c>promo.minPosts</c> posts and
/// undated posts are not judged. A post is promotional when declared <c>promo</c>, or, without a declared
/// type, when it reads as promotional. The promotional posts past the allowed number are reported, in
/// publication order (the same arithmetic as <c>kind: ratio</c>). Placeholders: <c>{count}</c>,
/// <c>{total}</c>, <c>{group}</c>, <c>{share}</c>, <c>{max}</c>.
/// </summary>
public sealed class PromoShareCheck : IBuiltInBatchCheck
{
    /// <inheritdoc />
    public string Name => "promo-share";

    /// <inheritdoc />
    public void Check(BatchRuleContext context, BuiltInOptions options)
    {
        var policy = context.Configuration.Policy;
        var entries = new List<(PostDocument Document, Post Post, string Group)>();
        foreach (var document in context.Documents)
        {
            foreach (var post in document.Posts)
            {
                if (post.PublishAt is not { } date)
                {
                    continue; // Not in any week.
                }

                var who = post.Persona is { } persona ? $"posts by '{persona.Value}'" : "posts without a persona";
                var channels = post.Channels.Select(c => context.Channels.Find(c.Value)).OfType<ChannelDefinition>().DistinctBy(c => c.Name);
                foreach (var channel in channels)
                {
                    entries.Add((document, post, $"{who} on {channel.DisplayName} in {ShareLimit.IsoWeek(date.Value)}"));
                }
            }
        }

        // Persona names are case-insensitive in configuration; group them the same way.
        foreach (var group in entries.GroupBy(e => e.Group, StringComparer.OrdinalIgnoreCase))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var excess = ShareLimit.Excess(group.ToList(), e => IsPromotional(e.Post, context.Channels), e => e.Post, policy.PromoMaxShare, policy.PromoMinPosts);
            foreach (var (document, post, key) in excess?.Reported ?? [])
            {
                var at = PostAnchor.IsOwn(post, "type") && post.Type is { } type ? type.Span : PostAnchor.Header(post, document);
                context.Report(document, post, at, ("count", excess!.Count), ("total", excess.Total), ("group", key), ("share", excess.Share), ("max", excess.Max));
            }
        }
    }

    private static bool IsPromotional(Post post, ChannelCatalog channels) =>
        post.Type is { } type ? type.Value == PostType.Promo : PostReadings.Of(post, channels).Verdict == PostType.Promo;
}
