/*---
id: CL1005
name: too-many-mentions
title: Posts must not mention more accounts than configured.
category: channels
severity: warning
level: post
message: "{count} {noun} on {channel}, {max} allowed: remove {remove}"
locales:
  fr:
    title: "Les publications ne doivent pas mentionner plus de comptes que configuré."
    message: "{count} {noun} sur {channel} (maximum {max}) : retirez-en {remove}"
docs: |
  Tagging many accounts reads as spam and platforms throttle it. No built-in channel has a cap; set one per channel (`channels: {x: {maxMentions: 3}}`).

  The finding covers the mentions past the cap, found the way the platform finds them (twitter-text
  rules on X, fediverse rules on Mastodon). **Fix**: keep the most useful ones. The cap is
  `maxMentions` in `contentlint.yaml`.
---*/
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Scripting.Api.Channels;

// Where the channel has a cap (MaxMentions, from the channels data or contentlint.yaml), each text with more
// mentions than the cap is reported on the ones past it, found the way the platform finds them.
foreach (var (channel, rendition) in ChannelTexts.Renditions(Post, Channels))
{
    if (channel.MaxMentions is not { } max)
    {
        continue;
    }

    foreach (var text in rendition.Parts)
    {
        if (ChannelEntities.PastCap(text, channel, EntityKind.Mention, max) is { } excess)
        {
            Report(text, excess.Span, ("count", excess.Count), ("noun", Say("mentions", "mentions")), ("channel", ChannelTexts.Describe(channel, rendition)), ("max", max), ("remove", excess.Count - max));
        }
    }
}
