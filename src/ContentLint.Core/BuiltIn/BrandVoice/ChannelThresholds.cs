using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// A per-channel number of a brand-voice rule: the rule's <c>options: {option: {linkedin: 3}}</c> when
/// it names the channel, else the channel's house style (<c>style:</c> in Channels/channels.yaml),
/// else the rule's <c>default</c> (channels declared in <c>contentlint.yaml</c>).
/// </summary>
internal static class ChannelThresholds
{
    /// <summary>The threshold on <paramref name="channel"/> (a canonical channel name).</summary>
    /// <param name="options">The rule's options.</param>
    /// <param name="option">The per-channel option (<c>max</c>).</param>
    /// <param name="channel">The channel's name.</param>
    /// <param name="style">The channel's style value, or null when it has none.</param>
    /// <param name="shippedDefault">The rule's <c>default</c> when its options do not set one.</param>
    public static double For(BuiltInOptions options, string option, string channel, double? style, double shippedDefault)
    {
        if (options.Values.GetValueOrDefault(option) is ImmutableDictionary<string, object?> map
            && map.FirstOrDefault(p => string.Equals(p.Key, channel, StringComparison.OrdinalIgnoreCase)).Value is string text
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var configured))
        {
            return configured;
        }

        return style ?? options.GetDouble("default", shippedDefault);
    }
}
