/*---
id: CL1006
name: too-many-links
title: Posts must not carry more links than the channel allows.
category: channels
severity: warning
level: post
message: "{count} {noun} on {channel}, {max} allowed: remove {remove}"
locales:
  fr:
    title: "Les publications ne doivent pas porter plus de liens que le canal n’en accepte."
    message: "{count} {noun} sur {channel} (maximum {max}) : retirez-en {remove}"
docs: |
  Threads accepts at most 5 links per post. Other channels have no hard cap; set one per channel (`channels: {linkedin: {maxLinks: 1}}`).

  The finding covers the links past the cap, found the way the platform finds them (twitter-text
  rules on X, fediverse rules on Mastodon). **Fix**: keep the most useful ones. The cap is
  `maxLinks` in `contentlint.yaml`.
---*/
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Scripting.Api.Channels;

// Where the channel has a cap (MaxLinks, from the channels data or contentlint.yaml), each text with more
// links than the cap is reported on the ones past it, found the way the platform finds them.
foreach (var (channel, rendition) in ChannelTexts.Renditions(Post, Channels))
{
    if (channel.MaxLinks is not { } max)
    {
        continue;
    }

    foreach (var text in rendition.Parts)
    {
        if (ChannelEntities.PastCap(text, channel, EntityKind.Url, max) is { } excess)
        {
            Report(text, excess.Span, ("count", excess.Count), ("noun", Say("links", "liens")), ("channel", ChannelTexts.Describe(channel, rendition)), ("max", max), ("remove", excess.Count - max));
        }
    }
}
