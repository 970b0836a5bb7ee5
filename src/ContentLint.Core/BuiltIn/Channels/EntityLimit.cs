using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>Shared check of the hashtag, mention and link caps: report the first entity past the cap.</summary>
internal static class EntityLimit
{
    public static void Check(PostRuleContext context, EntityKind kind, Func<ChannelDefinition, int?> cap, LocalizedString noun)
    {
        foreach (var (channel, rendition) in ChannelTexts.Renditions(context))
        {
            if (cap(channel) is not { } max)
            {
                continue;
            }

            foreach (var text in rendition.Parts)
            {
                var found = EntityExtractor.Extract(text.Text, channel.Counter.Method, kind).Where(s => !text.IsInCode(s)).ToList();
                if (found.Count <= max)
                {
                    continue;
                }

                var excess = TextSpan.FromBounds(found[max].Start, found[^1].End);
                context.Report(text, excess, null, ("count", found.Count), ("noun", noun), ("channel", ChannelTexts.Describe(channel, rendition)), ("max", max), ("remove", found.Count - max));
            }
        }
    }
}
