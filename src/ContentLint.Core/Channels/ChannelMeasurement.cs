using System.Globalization;
using ContentLint.Core.Channels.Counting;

namespace ContentLint.Core.Channels;

/// <summary>How a text counts on a channel: the number the platform shows, its limit, and where it overflows.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Count">The count by the channel's method.</param>
/// <param name="Limit">The channel's limit.</param>
/// <param name="Bytes">UTF-8 bytes, when the channel also limits bytes (Bluesky), else null.</param>
/// <param name="OverflowOffset">UTF-16 offset of the first unit over a limit, or -1 when the text fits.</param>
/// <param name="IsValid">False when the text holds characters the platform refuses (X: U+FFFE, U+FEFF, U+FFFF).</param>
public readonly record struct ChannelMeasurement(ChannelDefinition Channel, int Count, int Limit, int? Bytes, int OverflowOffset, bool IsValid)
{
    /// <summary>True when the text is over the count limit or the byte limit.</summary>
    public bool IsOverLimit => OverflowOffset >= 0;

    /// <summary>True when the byte limit, not the count limit, is what is exceeded.</summary>
    public bool IsOverByteLimit => Bytes > Channel.ByteLimit && Count <= Limit;

    /// <summary><c>243/280</c>, as editors show it.</summary>
    public string Ratio => $"{Count.ToString(CultureInfo.InvariantCulture)}/{Limit.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The counting method, for messages.</summary>
    public string Method => Channel.Counter.Describe();

    /// <summary>
    /// Measures <paramref name="text"/> (with Mastodon's content warning, which counts too). In a reply
    /// (<paramref name="isReply"/>), the leading @mentions are not counted where the platform does not count
    /// them (<see cref="ReplyMentions"/>); offsets stay offsets in <paramref name="text"/>.
    /// </summary>
    public static ChannelMeasurement Measure(ChannelDefinition channel, string text, string? contentWarning = null, bool isReply = false)
    {
        var uncounted = isReply && ReplyMentions.AreFree(channel.Counter.Method) ? ReplyMentions.PrefixLength(text) : 0;
        if (uncounted > 0)
        {
            var rest = Measure(channel, text[uncounted..], contentWarning);
            return rest with { OverflowOffset = rest.OverflowOffset < 0 ? -1 : rest.OverflowOffset + uncounted };
        }

        var counter = channel.Counter;
        CountResult result;
        int overflow;
        if (counter is Counting.Mastodon.MastodonCounter mastodon && !string.IsNullOrEmpty(contentWarning))
        {
            result = mastodon.Count(text, contentWarning);
            overflow = mastodon.OffsetOfFirstOverflow(text, contentWarning, channel.Limit);
        }
        else
        {
            result = counter.Count(text);
            overflow = counter.OffsetOfFirstOverflow(text, channel.Limit);
        }

        int? bytes = null;
        if (channel.ByteLimit is { } byteLimit)
        {
            bytes = TextMetrics.Utf8Bytes(text);
            var byteOverflow = TextMetrics.Utf8OverflowOffset(text, byteLimit);
            if (byteOverflow >= 0 && (overflow < 0 || byteOverflow < overflow))
            {
                overflow = byteOverflow;
            }
        }

        return new ChannelMeasurement(channel, result.Count, channel.Limit, bytes, overflow, !result.HasInvalidCharacters);
    }
}
