using System.Globalization;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.BrandVoice;

/// <summary>
/// <c>check: emoji-density</c>: more emoji per word in one published text than the channel's style
/// allows (<c>style: {emojiPerWord}</c> in Channels/channels.yaml; <c>options: {maxShare: {linkedin: 0.05}, default: 0.1, minEmoji: 3}</c> override it); a text with fewer
/// than <c>minEmoji</c> emoji is never reported. Reported once, on the first emoji past the share.
/// Placeholders: <c>{count}</c>, <c>{words}</c>, <c>{share}</c>, <c>{max}</c>, <c>{channel}</c>.
/// </summary>
public sealed class EmojiDensityCheck : IBuiltInCheck
{
    /// <summary>For channels without a style of their own, when the options set no <c>default</c>.</summary>
    private const double DefaultMaxShare = 0.1;

    /// <inheritdoc />
    public string Name => "emoji-density";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var minEmoji = options.GetInt("minEmoji", 3);
        foreach (var rendition in context.Post.Renditions)
        {
            var known = context.Channels.Find(rendition.Channel.Value);
            var channel = known?.Name ?? rendition.Channel.Value.Trim().ToLowerInvariant();
            var max = ChannelThresholds.For(options, "maxShare", channel, known?.Style.EmojiPerWord, DefaultMaxShare);
            foreach (var part in rendition.Parts)
            {
                var prose = ProseText.Of(part);
                var emoji = prose.Emoji.Where(e => !part.IsInCode(e.Span) && !IsLeftover(e.Text)).ToList();
                var words = prose.CountedWords.Count();
                var allowed = Math.Max(minEmoji - 1, (int)Math.Floor(max * words));
                if (emoji.Count > allowed)
                {
                    var share = words == 0 ? "no words" : ((double)emoji.Count / words).ToString("0.##", CultureInfo.InvariantCulture) + " per word";
                    context.Report(part, emoji[allowed].Span, null, ("count", emoji.Count), ("words", words), ("share", share),
                        ("max", max.ToString("0.##", CultureInfo.InvariantCulture)), ("channel", known?.DisplayName ?? channel));
                }
            }
        }
    }

    /// <summary>A variation selector, joiner or skin tone left alone when the emoji itself was stripped: nothing shows.</summary>
    private static bool IsLeftover(string emoji)
    {
        for (var i = 0; i < emoji.Length; i += char.IsSurrogatePair(emoji, i) ? 2 : 1)
        {
            var code = char.ConvertToUtf32(emoji, i);
            if (code is not (0xFE0E or 0xFE0F or 0x200D) and not (>= 0x1F3FB and <= 0x1F3FF))
            {
                return false;
            }
        }

        return true;
    }
}
