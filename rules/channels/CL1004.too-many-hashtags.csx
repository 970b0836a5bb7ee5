/*---
id: CL1004
name: too-many-hashtags
title: Posts must not carry more hashtags than the channel allows.
category: channels
severity: warning
level: post
message: "{count} {noun} on {channel}, {max} allowed: remove {remove}"
locales:
  fr:
    title: "Les publications ne doivent pas porter plus de hashtags que le canal n’en accepte."
    message: "{count} {noun} sur {channel} (maximum {max}) : retirez-en {remove}"
docs: |
  Instagram accepts at most 5 hashtags per post since December 2025 (it was 30); beyond the cap the post is refused or the extra hashtags are ignored. Other channels have no hard cap, but you can set one to keep a house style (`channels: {linkedin: {maxHashtags: 3}}`).

  The finding covers the hashtags past the cap, found the way the platform finds them (twitter-text
  rules on X, fediverse rules on Mastodon). **Fix**: keep the most useful ones. The cap is
  `maxHashtags` in `contentlint.yaml`.
---*/
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Scripting.Api.Channels;

// Where the channel has a cap (MaxHashtags, from the channels data or contentlint.yaml), each text with more
// hashtags than the cap is reported on the ones past it, found the way the platform finds them.
foreach (var (channel, rendition) in ChannelTexts.Renditions(Post, Channels))
{
    if (channel.MaxHashtags is not { } max)
    {
        continue;
    }

    foreach (var text in rendition.Parts)
    {
        if (ChannelEntities.PastCap(text, channel, EntityKind.Hashtag, max) is { } excess)
        {
            Report(text, excess.Span, ("count", excess.Count), ("noun", Say("hashtags", "hashtags")), ("channel", ChannelTexts.Describe(channel, rendition)), ("max", max), ("remove", excess.Count - max));
        }
    }
}
