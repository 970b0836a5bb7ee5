using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Core.BuiltIn.Channels;

/// <summary>What each channel rule iterates: every text a post publishes on each known channel.</summary>
internal static class ChannelTexts
{
    /// <summary>Each (channel, rendition) of the post, skipping unknown channels (CL1001 reports those).</summary>
    public static IEnumerable<(ChannelDefinition Channel, PostRendition Rendition)> Renditions(PostRuleContext context)
    {
        foreach (var rendition in context.Post.Renditions)
        {
            if (context.Channels.Find(rendition.Channel.Value) is { } channel)
            {
                yield return (channel, rendition);
            }
        }
    }

    /// <summary>Mastodon's content warning, counted with the text.</summary>
    public static string? ContentWarning(Post post, ChannelDefinition channel) =>
        channel.Counter.Method == ContentLint.Core.Channels.Counting.CountingMethod.Mastodon ? post.ContentWarning?.Text : null;

    /// <summary>"X", or "X (variant)" when the text comes from <c>variants:</c>.</summary>
    public static LocalizedString Describe(ChannelDefinition channel, PostRendition rendition) =>
        rendition.IsVariant ? new($"{channel.DisplayName} (variant)", $"{channel.DisplayName} (variante)") : new(channel.DisplayName, channel.DisplayName);

    /// <summary>The over-limit message: count/limit, method, and how much is over.</summary>
    // The counting method's name stays in English in French (it names the platform's own counting).
    public static LocalizedString Overflow(ChannelMeasurement measurement) =>
        measurement.IsOverByteLimit
            ? new($"{measurement.Bytes}/{measurement.Channel.ByteLimit} UTF-8 bytes, {measurement.Bytes - measurement.Channel.ByteLimit} over", $"{measurement.Bytes}/{measurement.Channel.ByteLimit} octets UTF-8, {measurement.Bytes - measurement.Channel.ByteLimit} de trop")
            : new($"{measurement.Ratio} ({measurement.Method}), {measurement.Count - measurement.Limit} over", $"{measurement.Ratio} ({measurement.Method}), {measurement.Count - measurement.Limit} de trop");
}
