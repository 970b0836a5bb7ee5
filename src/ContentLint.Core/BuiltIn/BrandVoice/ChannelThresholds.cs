using System.Collections.Immutable;
using System.Globalization;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// A per-channel number from a rule's options: <c>{option}: {linkedin: 3, x: 2}</c> and
/// <c>default: 5</c> for the other channels; a value missing from the file keeps the shipped one.
/// </summary>
internal sealed class ChannelThresholds(IReadOnlyDictionary<string, double> shipped, double shippedDefault)
{
    /// <summary>The threshold for <paramref name="channel"/> (a canonical channel name).</summary>
    public double For(BuiltInOptions options, string option, string channel)
    {
        if (options.Values.GetValueOrDefault(option) is ImmutableDictionary<string, object?> map
            && map.FirstOrDefault(p => string.Equals(p.Key, channel, StringComparison.OrdinalIgnoreCase)).Value is string text
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var configured))
        {
            return configured;
        }

        return shipped.TryGetValue(channel, out var value) ? value : options.GetDouble("default", shippedDefault);
    }
}
