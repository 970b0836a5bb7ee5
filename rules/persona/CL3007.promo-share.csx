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

// Per post, as its file is checked: one fact per channel of a dated post (undated posts are in no week),
// at the post's own `type` field, or at its first line when the type is inherited or read from the text.
protected override void Collect(PostDocument document, Post post)
{
    if (post.PublishAt is not { } date)
    {
        return;
    }

    var at = PostAnchor.IsOwn(post, "type") && post.Type is { } type ? type.Span : HeaderSpan(post, document);
    var promotional = IsPromotional(post);
    foreach (var channel in post.Channels.Select(c => Channels.Find(c.Value)).OfType<ChannelDefinition>().DistinctBy(c => c.Name))
    {
        Keep(at, ("persona", post.Persona?.Value), ("channel", channel.DisplayName), ("week", ShareLimits.IsoWeek(date.Value)), ("promo", promotional), ("publishAt", date.Value));
    }
}

// Promotional: declared `promo`, or, without a declared type, read as promotional by the classifier.
private bool IsPromotional(Post post) =>
    post.Type is { } type ? type.Value == PostType.Promo : MessageTypes.Of(post, Channels).Verdict == PostType.Promo;

// Across the run: per persona × channel × ISO week, at most `promo.maxShare` of the posts are promotional;
// groups under `promo.minPosts` posts are not judged. Persona names are case-insensitive in configuration:
// groups are too.
var entries = Facts.Select(fact => (Fact: fact, Group: GroupOf(fact))).ToList();
foreach (var group in entries.GroupBy(e => e.Group.En, StringComparer.OrdinalIgnoreCase))
{
    var excess = ShareLimits.Excess(group.ToList(), e => e.Fact.Flag("promo"), e => e.Fact.Date("publishAt"), e => e.Fact.PostId, Policy.PromoMaxShare, Policy.PromoMinPosts);
    foreach (var (fact, name) in excess?.Reported ?? [])
    {
        Report(fact, ("count", excess!.Count), ("total", excess.Total), ("group", name), ("share", excess.Share), ("max", excess.Max));
    }
}

LocalizedString GroupOf(PostFact fact)
{
    var (channel, week) = (fact.Text("channel"), fact.Text("week"));
    var (whoEn, whoFr) = fact.Text("persona") is { } persona
        ? ($"posts by '{persona}'", $"publications de «\u00A0{persona}\u00A0»")
        : ("posts without a persona", "publications sans persona");
    return Say($"{whoEn} on {channel} in {week}", $"{whoFr} sur {channel} en {week}");
}
