/*---
id: CL3007
name: promo-share
title: Promotional posts stay under the configured share per persona, channel and week.
category: persona
severity: warning
level: run
message: "{count} of {total} {group} are promotional ({share}); at most {max}"
locales:
  fr:
    title: "Les publications promotionnelles restent sous la part configurée par persona, canal et semaine."
    message: "{count} des {total} {group} sont promotionnelles ({share}) ; au plus {max}"
docs: |
  Followers come for the conversation, not for the catalogue: an account that mostly sells loses
  its audience. This rule looks across all the posts checked together, groups them by persona ×
  channel × ISO week of `publish_at`, and in each group of at least `promo.minPosts` posts (default
  3) where promotional posts exceed `promo.maxShare` (default 0.2), reports the promotional posts
  past the allowed number, latest first to go. A post counts as promotional when it declares
  `type: promo`, or, without a declared type, when its text reads as promotional (see CL3006).
  Posts without `publish_at` belong to no week and are not counted.

  ```yaml
  promo:
    maxShare: 0.25   # at most a quarter of a persona's posts on a channel in a week
    minPosts: 4      # smaller groups are not judged
  ```

  **Fix**: move a promotion to another week, turn it into dialogue, or plan more dialogue posts
  for that channel. To accept one post: `contentlint: {disable: [CL3007]}` in its front matter.
---*/
using ContentLint.Core.Scripting.Api.MessageType;
using ContentLint.Core.Scripting.Api.Shares;

// Across posts: per persona × channel × ISO week of `publish_at`, at most `promo.maxShare` of the posts are
// promotional; groups under `promo.minPosts` posts and undated posts are not judged.
var entries = new List<(PostDocument Document, Post Post, string GroupEn, string GroupFr)>();
foreach (var document in Documents)
{
    foreach (var post in document.Posts)
    {
        if (post.PublishAt is not { } date)
        {
            continue; // Not in any week.
        }

        var week = ShareLimits.IsoWeek(date.Value);
        var (whoEn, whoFr) = post.Persona is { } persona
            ? ($"posts by '{persona.Value}'", $"publications de «\u00A0{persona.Value}\u00A0»")
            : ("posts without a persona", "publications sans persona");
        foreach (var channel in post.Channels.Select(c => Channels.Find(c.Value)).OfType<ChannelDefinition>().DistinctBy(c => c.Name))
        {
            entries.Add((document, post, $"{whoEn} on {channel.DisplayName} in {week}", $"{whoFr} sur {channel.DisplayName} en {week}"));
        }
    }
}

// Persona names are case-insensitive in configuration; group them the same way.
foreach (var group in entries.GroupBy(e => e.GroupEn, StringComparer.OrdinalIgnoreCase))
{
    var excess = ShareLimits.Excess(group.ToList(), e => IsPromotional(e.Post), e => e.Post, Policy.PromoMaxShare, Policy.PromoMinPosts);
    foreach (var (document, post, groupEn, groupFr) in excess?.Reported ?? [])
    {
        // At the post's own `type` field; at its first line when the type is inherited or read from the text.
        var at = PostAnchor.IsOwn(post, "type") && post.Type is { } type ? type.Span : HeaderSpan(post, document);
        Report(document, post, at, ("count", excess!.Count), ("total", excess.Total), ("group", Say(groupEn, groupFr)), ("share", excess.Share), ("max", excess.Max));
    }
}

// Promotional: declared `promo`, or, without a declared type, read as promotional by the classifier.
bool IsPromotional(Post post) =>
    post.Type is { } type ? type.Value == PostType.Promo : MessageTypes.Of(post, Channels).Verdict == PostType.Promo;
