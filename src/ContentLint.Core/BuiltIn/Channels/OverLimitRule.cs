using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1002: a post longer than its channel allows, counted the way the platform counts.</summary>
public sealed class OverLimitRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1002", "over-limit", "Posts must fit their channel's length limit.", RuleCategory.Channels, Severity.Error,
        "Too long for {channel}: {overflow}",
        """
        The post is longer than the channel accepts, counted the way the platform counts — not
        `string.Length`: X weighs URLs as 23 and emoji as 2 (twitter-text v3), Bluesky counts graphemes
        and UTF-8 bytes, YouTube descriptions count bytes. The finding covers the text past the limit.
        `docs/channels.md` lists every channel's method and limit; `contentlint count --channel x FILE`
        prints the count.

        **Fix**: shorten the text, or — on channels that publish threads — apply the quick fix, which
        splits the post into thread parts at sentence boundaries (never inside a word), each within the
        limit, numbered `1/3` when `threadNumbering: true` is set for the channel. The fix is offered when
        the post is published on that channel only, or for a `variants:` text. Limits can be raised in
        `contentlint.yaml` (`channels: {x: {limit: 25000}}` for X Premium).
        """) { French = new("Une publication doit respecter la longueur maximale de son canal.", "Trop long pour {channel} : {overflow}") };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        foreach (var (channel, rendition) in ChannelTexts.Renditions(context))
        {
            if (context.Post.IsThread && !rendition.IsVariant || rendition.Parts.Length != 1)
            {
                continue; // Thread parts: CL1007.
            }

            var text = rendition.Parts[0];
            var measurement = ChannelMeasurement.Measure(channel, text.Text, ChannelTexts.ContentWarning(context.Post, channel));
            if (!measurement.IsOverLimit)
            {
                continue;
            }

            var overflow = TextSpan.FromBounds(measurement.OverflowOffset, text.Text.Length);
            var fix = ThreadSplitFix.ForPost(context, rendition, channel);
            context.Report(text.Map.MapSpan(overflow), fix, ("channel", ChannelTexts.Describe(channel, rendition)), ("overflow", ChannelTexts.Overflow(measurement)));
        }
    }
}
