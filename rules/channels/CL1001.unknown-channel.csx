/*---
id: CL1001
name: unknown-channel
title: Posts must name known channels.
category: channels
severity: error
level: post
message: "Unknown channel '{channel}'{suggestion}"
locales:
  fr:
    title: "Une publication doit nommer des canaux connus."
    message: "Canal inconnu « {channel} »{suggestion}"
docs: |
  A post's `channel`/`channels` (or a calendar `variants:` key) names a channel ContentLint does
  not know, so its length and limits cannot be checked — often a typo such as `linkedn`.

  Built-in channels: `x` (alias `twitter`), `mastodon`, `bluesky`, `threads`, `linkedin`, `facebook`, `instagram`, `tiktok`, `youtube`, `pinterest`. Declare others in `contentlint.yaml`:

  ```yaml
  channels:
    intranet:
      method: graphemes
      limit: 1000
  ```

  **Fix**: the quick fix replaces the name with the closest known channel.
---*/
using ContentLint.Core.Scripting.Api.Channels;

// Every channel the post names, then every variant's channel: each must be built in or declared.
foreach (var channel in Post.Channels.Concat(Post.Variants.Select(v => v.Channel)))
{
    if (Channels.Resolve(channel.Value) is not null)
    {
        continue;
    }

    var closest = ChannelNames.Closest(channel.Value, Channels);
    var fix = closest is null ? null : FileFix($"Replace '{channel.Value}' with '{closest}'", channel.Span, closest);
    var suggestion = closest is null ? Say("", "") : Say($"; did you mean '{closest}'?", $" ; vouliez-vous dire « {closest} » ?");
    ReportAt(channel.Span, fix, ("channel", channel.Value), ("suggestion", suggestion));
}
