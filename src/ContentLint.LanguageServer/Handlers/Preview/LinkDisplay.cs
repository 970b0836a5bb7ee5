using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting.Mastodon;
using ContentLint.Core.Channels.Counting.Twitter;

namespace ContentLint.LanguageServer.Handlers.Preview;

/// <summary>
/// A link as the platform shows it in a post. The platforms that count a link at a fixed length also
/// shorten what they show: X shows it without <c>https://</c> and <c>www.</c>, cut with "…" after its
/// t.co length (twitter-text's <c>transformedURLLength</c>); Mastodon hides the scheme and cuts after 30
/// characters (its <c>TextFormatter</c>). The others show the link as written.
/// </summary>
internal static class LinkDisplay
{
    /// <summary>Characters of a link Mastodon shows before "…" (app/lib/text_formatter.rb).</summary>
    private const int MastodonVisible = 30;

    /// <summary>How <paramref name="url"/> reads in a post on <paramref name="channel"/>, or null when as written.</summary>
    public static string? For(ChannelDefinition channel, string url)
    {
        var visible = channel.Counter switch
        {
            XWeightedCounter x => x.Config.TransformedUrlLength,
            MastodonCounter => MastodonVisible,
            _ => (int?)null,
        };
        if (visible is not { } length)
        {
            return null;
        }

        var shown = StripPrefix(StripPrefix(StripPrefix(url, "https://"), "http://"), channel.Counter is XWeightedCounter ? "www." : string.Empty);
        shown = shown.Length > length ? string.Concat(shown.AsSpan(0, length), "…") : shown;
        return shown == url ? null : shown;
    }

    private static string StripPrefix(string text, string prefix) =>
        prefix.Length > 0 && text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? text[prefix.Length..] : text;
}
