namespace ContentLint.Core.Channels.Counting.Twitter;

/// <summary>twitter-text's <c>validTcoUrl</c>: <c>^https?://t\.co/([a-z0-9]+)(?:\?Q*QE)?</c>, case-insensitive.</summary>
internal static class TcoUrl
{
    /// <summary>
    /// End of the t.co match within <paramref name="url"/>, or -1 when it is not a t.co URL;
    /// <paramref name="slugLength"/> receives the slug's length (0 when not t.co).
    /// </summary>
    public static int TruncatedEnd(ReadOnlySpan<char> url, out int slugLength)
    {
        slugLength = 0;
        var i = UrlPatternMatcher.ProtocolLength(url, 0);
        if (i == 0 || !url[i..].StartsWith("t.co/", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        i += 5;
        var slugStart = i;
        while (i < url.Length && char.IsAsciiLetterOrDigit(url[i]))
        {
            i++;
        }

        if (i == slugStart)
        {
            return -1;
        }

        slugLength = i - slugStart;
        return i < url.Length && url[i] == '?' ? UrlPatternMatcher.MatchQuery(url, i) : i;
    }
}
