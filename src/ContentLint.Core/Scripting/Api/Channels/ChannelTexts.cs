using System.Globalization;
using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api.Channels;

/// <summary>What the channel rules iterate and how they name it: every text a post publishes on each known channel.</summary>
public static class ChannelTexts
{
    /// <summary>Each (channel, rendition) of <paramref name="post"/> whose channel <paramref name="channels"/> knows; unknown channels are skipped (CL1001 reports those).</summary>
    /// <param name="post">The post.</param>
    /// <param name="channels">The channels of this configuration.</param>
    public static IEnumerable<(ChannelDefinition Channel, PostRendition Rendition)> Renditions(Post post, ChannelCatalog channels)
    {
        foreach (var rendition in post.Renditions)
        {
            if (channels.Find(rendition.Channel.Value) is { } channel)
            {
                yield return (channel, rendition);
            }
        }
    }

    /// <summary>The post's content warning when <paramref name="channel"/> counts it with the text (Mastodon's method), else null.</summary>
    /// <param name="post">The post.</param>
    /// <param name="channel">The channel it is measured for.</param>
    public static string? ContentWarning(Post post, ChannelDefinition channel) =>
        channel.Counter.Method == CountingMethod.Mastodon ? post.ContentWarning?.Text : null;

    /// <summary>The channel's display name, followed by "(variant)" when the text comes from <c>variants:</c>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="rendition">The text published on it.</param>
    public static LocalizedString Describe(ChannelDefinition channel, PostRendition rendition) =>
        rendition.IsVariant
            ? new($"{channel.DisplayName} (variant)", $"{channel.DisplayNameFr} (variante)")
            : new(channel.DisplayName, channel.DisplayNameFr);

    /// <summary>How far over the limit a measured text is: count/limit and method, or UTF-8 bytes, and how much is over.</summary>
    /// <param name="measurement">A measurement over the limit.</param>
    public static LocalizedString Overflow(ChannelMeasurement measurement)
    {
        if (measurement.IsOverByteLimit)
        {
            var bytes = $"{measurement.Bytes}/{measurement.Channel.ByteLimit}";
            var over = Number(measurement.Bytes - measurement.Channel.ByteLimit);
            return new($"{bytes} UTF-8 bytes, {over} over", $"{bytes} octets UTF-8, {over} de trop");
        }

        var excess = Number(measurement.Count - measurement.Limit);
        return new($"{measurement.Ratio} ({measurement.Method}), {excess} over", $"{measurement.Ratio} ({measurement.Method}), {excess} de trop");
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
