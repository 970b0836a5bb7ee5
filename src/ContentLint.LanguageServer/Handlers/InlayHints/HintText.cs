using System.Globalization;
using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.LanguageServer.Handlers.PostStats;

namespace ContentLint.LanguageServer.Handlers.InlayHints;

/// <summary>
/// The label and tooltip of a text's count hint. Within the limit: <c>243/280</c>. Over it, styled
/// apart so that it is not read as one more count: a leading ⚠ and the overflow, <c>⚠ 558/500 +58</c>,
/// and a tooltip that says what to do (split into a thread where the channel has threads, or trim).
/// </summary>
internal static class HintText
{
    public const string OverLimitMark = "⚠";

    /// <summary>The label: one text's count, or <c>x 243/280 · mastodon 251/500</c> for a text on several channels.</summary>
    public static string Label(IReadOnlyList<PostMeasure> measures)
    {
        var label = measures.Count == 1
            ? Ratio(measures[0].Measurement)
            : string.Join(" · ", measures.Select(m => $"{m.Measurement.Channel.Name} {Ratio(m.Measurement)}"));
        return measures.Any(m => m.Measurement.IsOverLimit) ? $"{OverLimitMark} {label}" : label;
    }

    /// <summary>One line per channel: the count, what is over and what to do about it, then how the channel counts.</summary>
    public static string Tooltip(IReadOnlyList<PostMeasure> measures, string locale) =>
        string.Join("\n\n", measures.Select(m => Line(m.Measurement, locale)));

    private static string Ratio(ChannelMeasurement measurement) =>
        measurement.IsOverLimit && Overflow(measurement) > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{measurement.Ratio} +{Overflow(measurement)}")
            : measurement.Ratio;

    private static int Overflow(ChannelMeasurement measurement) => Math.Max(0, measurement.Count - measurement.Limit);

    private static string Line(ChannelMeasurement measurement, string locale)
    {
        var fr = locale == MessageLocale.French;
        var channel = measurement.Channel;
        var name = fr ? channel.DisplayNameFr : channel.DisplayName;
        var colon = fr ? "\u00A0:" : ":";
        var words = CountingWords.Describe(channel, locale);
        if (!measurement.IsOverLimit)
        {
            return $"{name}{colon} {measurement.Ratio}. {words}";
        }

        var over = Overflow(measurement);
        var action = (over, channel.SupportsThreads, fr) switch
        {
            (0, _, true) => "trop d’octets. Raccourcissez le texte.",
            (0, _, false) => "too many bytes. Shorten the text.",
            (_, true, true) => $"{over} de trop. Découpez-le en fil (correctif rapide sur le signalement) ou retirez {over} caractères.",
            (_, true, false) => $"{over} over. Split it into a thread (quick fix on the finding) or trim {over} characters.",
            (_, false, true) => $"{over} de trop. Retirez {over} caractères.",
            (_, false, false) => $"{over} over. Trim {over} characters.",
        };
        return $"{OverLimitMark} {name}{colon} {measurement.Ratio}, {action}\n\n{words}";
    }
}
