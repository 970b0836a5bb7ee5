using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: hashtag-density</c>: more hashtags in one published text (a post, or one part of a
/// thread) than the channel's style allows (<c>style: {hashtags}</c> in Channels/channels.yaml; <c>options: {max: {linkedin: 3}, default: 5}</c> override it),
/// hashtags found by twitter-text's rules, as every channel finds them. Reported once, on the first hashtag past the
/// maximum; not when the channel's hard cap (<c>maxHashtags</c>) is exceeded, which CL1004 reports. Placeholders: <c>{count}</c>, <c>{max}</c>, <c>{channel}</c>.
/// </summary>
public sealed class HashtagDensityCheck : IBuiltInCheck
{
    /// <summary>For channels without a style of their own, when the options set no <c>default</c>.</summary>
    private const int DefaultMax = 5;

    /// <inheritdoc />
    public string Name => "hashtag-density";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        foreach (var rendition in context.Post.Renditions)
        {
            var known = context.Channels.Find(rendition.Channel.Value);
            var channel = known?.Name ?? rendition.Channel.Value.Trim().ToLowerInvariant();
            var max = (int)ChannelThresholds.For(options, "max", channel, known?.Style.Hashtags, DefaultMax);
            foreach (var part in rendition.Parts)
            {
                var tags = ProseText.Of(part).Hashtags.Where(t => !part.IsInCode(t.Span)).ToList();
                if (tags.Count > max && !(tags.Count > known?.MaxHashtags))
                {
                    context.Report(part, tags[max].Span, null, ("count", tags.Count), ("max", max), ("channel", known?.DisplayName ?? channel));
                }
            }
        }
    }
}
