/*---
id: CL1002
name: over-limit
title: Posts must fit their channel's length limit.
category: channels
severity: error
level: post
message: "Too long for {channel}: {overflow}"
locales:
  fr:
    title: "Les publications doivent tenir dans la limite de longueur de leur canal."
    message: "Trop long pour {channel} : {overflow}"
docs: |
  The post is longer than the channel accepts, counted the way the platform counts — not
  `string.Length`: X weighs URLs as 23 and emoji as 2 (twitter-text v3), Bluesky counts graphemes
  and UTF-8 bytes, YouTube descriptions count bytes. The finding covers the text past the limit.
  `docs/channels.md` lists every channel's method and limit; `contentlint count --channel x FILE`
  prints the count. A reply (a post with `reply_to:`) does not count its leading @mentions on X,
  as X has not counted them since 2017 (they are shown above the text as its addressees);
  other channels count them.

  **Fix**: shorten the text, or — on channels that publish threads — apply the quick fix, which
  splits the post into thread parts at sentence boundaries (never inside a word), each within the
  limit, numbered `1/3` when `threadNumbering: true` is set for the channel. The fix is offered when
  the post is published on that channel only, or for a `variants:` text. Limits can be raised in
  `contentlint.yaml` (`channels: {x: {limit: 25000}}` for X Premium).
---*/
using ContentLint.Core.Scripting.Api.Channels;

// One text per known channel, counted the way that platform counts (Mastodon adds the content warning).
foreach (var (channel, rendition) in ChannelTexts.Renditions(Post, Channels))
{
    if (Post.IsThread && !rendition.IsVariant || rendition.Parts.Length != 1)
    {
        continue; // Thread parts are measured one by one: CL1007.
    }

    var text = rendition.Parts[0];
    var measurement = ChannelMeasurement.Measure(channel, text.Text, ChannelTexts.ContentWarning(Post, channel), Post.IsReply);
    if (!measurement.IsOverLimit)
    {
        continue;
    }

    // The finding covers what is past the limit; the split fix comes when a thread can hold the text.
    var overflow = TextSpan.FromBounds(measurement.OverflowOffset, text.Text.Length);
    ReportAt(text.Map.MapSpan(overflow), ThreadSplitFix.ForPost(Document, Post, rendition, channel),
        ("channel", ChannelTexts.Describe(channel, rendition)), ("overflow", ChannelTexts.Overflow(measurement)));
}
