using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>CL1007: a thread part longer than its channel allows.</summary>
public sealed class ThreadPartOverLimitRule : PostRule
{
    /// <summary>The rule's metadata.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "CL1007", "thread-part-over-limit", "Each thread part must fit its channel's length limit.", RuleCategory.Channels, Severity.Error,
        "Thread part {part} of {parts} is too long for {channel}: {overflow}",
        """
        Each part of a thread is published as its own post, so each must fit the channel's limit,
        counted the way the platform counts (see CL1002 and `docs/channels.md`). The finding covers the
        text past the limit.

        **Fix**: shorten the part, or apply the quick fix, which splits it into several parts at
        sentence boundaries.
        """) { French = new("Chaque partie d’un fil doit respecter la longueur maximale de son canal.", "La partie {part} sur {parts} du fil est trop longue pour {channel} : {overflow}") };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Check(PostRuleContext context)
    {
        foreach (var (channel, rendition) in ChannelTexts.Renditions(context))
        {
            if (!(context.Post.IsThread && !rendition.IsVariant || rendition.Parts.Length > 1))
            {
                continue;
            }

            for (var i = 0; i < rendition.Parts.Length; i++)
            {
                var text = rendition.Parts[i];
                var measurement = ChannelMeasurement.Measure(channel, text.Text, i == 0 ? ChannelTexts.ContentWarning(context.Post, channel) : null);
                if (!measurement.IsOverLimit)
                {
                    continue;
                }

                var overflow = TextSpan.FromBounds(measurement.OverflowOffset, text.Text.Length);
                context.Report(
                    text.Map.MapSpan(overflow),
                    ThreadSplitFix.ForPart(context, text, channel),
                    ("part", i + 1), ("parts", rendition.Parts.Length), ("channel", ChannelTexts.Describe(channel, rendition)), ("overflow", ChannelTexts.Overflow(measurement)));
            }
        }
    }
}
