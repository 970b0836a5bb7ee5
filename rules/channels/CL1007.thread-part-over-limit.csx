/*---
id: CL1007
name: thread-part-over-limit
title: Each thread part must fit its channel's length limit.
category: channels
severity: error
level: post
message: "Thread part {part} of {parts} is too long for {channel}: {overflow}"
locales:
  fr:
    title: "Chaque partie d’un fil doit tenir dans la limite de longueur de son canal."
    message: "La partie {part} sur {parts} du fil est trop longue pour {channel} : {overflow}"
docs: |
  Each part of a thread is published as its own post, so each must fit the channel's limit,
  counted the way the platform counts (see CL1002 and `docs/channels.md`). The finding covers the
  text past the limit. In a thread that replies to a post (`reply_to:`), no part counts its leading
  @mentions on X, as for a single reply (CL1002).

  **Fix**: shorten the part, or apply the quick fix, which splits it into several parts at
  sentence boundaries.
---*/
using ContentLint.Core.Scripting.Api.Channels;

// Threads (and variants written as lists): each part is measured; the content warning goes with the first.
foreach (var (channel, rendition) in ChannelTexts.Renditions(Post, Channels))
{
    if (!(Post.IsThread && !rendition.IsVariant || rendition.Parts.Length > 1))
    {
        continue; // A single text: CL1002.
    }

    for (var i = 0; i < rendition.Parts.Length; i++)
    {
        var text = rendition.Parts[i];
        var measurement = ChannelMeasurement.Measure(channel, text.Text, i == 0 ? ChannelTexts.ContentWarning(Post, channel) : null, Post.IsReply);
        if (!measurement.IsOverLimit)
        {
            continue;
        }

        var overflow = TextSpan.FromBounds(measurement.OverflowOffset, text.Text.Length);
        ReportAt(text.Map.MapSpan(overflow), ThreadSplitFix.ForPart(Document, text, channel),
            ("part", i + 1), ("parts", rendition.Parts.Length), ("channel", ChannelTexts.Describe(channel, rendition)), ("overflow", ChannelTexts.Overflow(measurement)));
    }
}
