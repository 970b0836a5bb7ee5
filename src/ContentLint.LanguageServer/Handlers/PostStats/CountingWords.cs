using System.Globalization;
using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Mastodon;
using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Diagnostics;

namespace ContentLint.LanguageServer.Handlers.PostStats;

/// <summary>
/// How a channel counts, in words a writer reads ("X counts every link as 23 characters and most emoji
/// as 2"), in English or French. The numbers come from the channel's data and its counter (channels.yaml,
/// twitter-text's configuration), never written here, so the editor has no channel facts of its own.
/// </summary>
internal static class CountingWords
{
    /// <summary>One or two sentences for <paramref name="channel"/>: its counting, its second limit in bytes, its fold.</summary>
    public static string Describe(ChannelDefinition channel, string locale)
    {
        var fr = locale == MessageLocale.French;
        var name = fr ? channel.DisplayNameFr : channel.DisplayName;
        var culture = CultureInfo.GetCultureInfo(fr ? "fr-FR" : "en-US");
        string N(int value) => value.ToString("N0", culture);
        var words = channel.Counter switch
        {
            XWeightedCounter x => fr
                ? $"{name} compte chaque lien pour {N(x.Config.TransformedUrlLength)} caractères, la plupart des emoji pour {N(x.Config.DefaultWeight / x.Config.Scale)} et les caractères chinois, japonais ou coréens pour {N(x.Config.DefaultWeight / x.Config.Scale)}."
                : $"{name} counts every link as {N(x.Config.TransformedUrlLength)} characters, most emoji as {N(x.Config.DefaultWeight / x.Config.Scale)} and Chinese, Japanese or Korean characters as {N(x.Config.DefaultWeight / x.Config.Scale)}.",
            MastodonCounter => fr
                ? $"{name} compte chaque lien pour {N(MastodonCounter.UrlLength)} caractères, une mention @nom@instance comme @nom, et chaque emoji pour 1."
                : $"{name} counts every link as {N(MastodonCounter.UrlLength)} characters, a mention @name@server as @name, and each emoji as 1.",
            _ => channel.Counter.Method switch
            {
                CountingMethod.Graphemes => fr
                    ? $"{name} compte les caractères tels qu’on les voit\u00A0: chaque emoji, même un drapeau ou une famille, compte pour 1\u202F; les liens comptent en entier."
                    : $"{name} counts characters as you see them: each emoji, even a flag or a family, counts as 1; links count in full.",
                CountingMethod.Utf8Bytes => fr
                    ? $"{name} compte des octets\u00A0: une lettre simple pour 1, une lettre accentuée pour 2, un emoji pour 4 ou plus\u202F; les liens comptent en entier."
                    : $"{name} counts bytes: a plain letter is 1, an accented letter 2, an emoji 4 or more; links count in full.",
                CountingMethod.CodePoints => fr
                    ? $"{name} compte chaque lettre et la plupart des emoji pour 1 (un drapeau pour 2)\u202F; les liens comptent en entier."
                    : $"{name} counts each letter and most emoji as 1 (a flag as 2); links count in full.",
                _ => fr
                    ? $"{name} compte chaque lettre pour 1 et la plupart des emoji pour 2 (un drapeau pour 4)\u202F; les liens comptent en entier."
                    : $"{name} counts each letter as 1 and most emoji as 2 (a flag as 4); links count in full.",
            },
        };
        if (channel.ByteLimit is { } bytes)
        {
            words += fr
                ? $" Le texte doit aussi tenir en {N(bytes)} octets (une lettre accentuée en prend 2, un emoji 4 ou plus)."
                : $" The text must also fit in {N(bytes)} bytes (an accented letter takes 2, an emoji 4 or more).";
        }

        if (channel.Fold is { } fold)
        {
            words += fr
                ? $" Après {N(fold)} caractères, la publication est repliée derrière «\u202F… voir plus\u202F»."
                : $" After {N(fold)} characters, the post is folded behind \"…see more\".";
        }

        return words;
    }
}
