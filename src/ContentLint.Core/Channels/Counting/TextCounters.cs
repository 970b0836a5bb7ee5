using ContentLint.Core.Channels.Counting.Mastodon;
using ContentLint.Core.Channels.Counting.Twitter;

namespace ContentLint.Core.Channels.Counting;

/// <summary>Creates the counter of a counting method, so a channel can be declared by method name and parameters.</summary>
public static class TextCounters
{
    /// <summary>The counter for <paramref name="method"/>.</summary>
    /// <param name="method">The counting method.</param>
    /// <param name="xConfig">For <see cref="CountingMethod.XWeighted"/>: the twitter-text config (v3 when null).</param>
    public static ITextCounter Create(CountingMethod method, TwitterTextConfig? xConfig = null) => method switch
    {
        CountingMethod.XWeighted => xConfig is null || xConfig == TwitterTextConfig.V3 ? XWeightedCounter.V3 : new XWeightedCounter(xConfig),
        CountingMethod.Graphemes => GraphemeCounter.Instance,
        CountingMethod.Utf8Bytes => Utf8ByteCounter.Instance,
        CountingMethod.Utf16 => Utf16Counter.Instance,
        CountingMethod.CodePoints => CodePointCounter.Instance,
        CountingMethod.Mastodon => MastodonCounter.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown counting method."),
    };
}
