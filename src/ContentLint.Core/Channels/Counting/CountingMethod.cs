namespace ContentLint.Core.Channels.Counting;

/// <summary>How a channel counts the length of a post.</summary>
public enum CountingMethod
{
    /// <summary>X (Twitter) weighted length, twitter-text v3: NFC, URLs 23, emoji 2, code points 1 or 2.</summary>
    XWeighted,

    /// <summary>Extended grapheme clusters (UAX #29), what a reader sees as characters (Bluesky).</summary>
    Graphemes,

    /// <summary>UTF-8 bytes (Bluesky's second limit, YouTube descriptions).</summary>
    Utf8Bytes,

    /// <summary>UTF-16 code units, JavaScript's <c>length</c> (TikTok's API, many web forms).</summary>
    Utf16,

    /// <summary>Unicode code points (scalar values; a lone surrogate counts as one).</summary>
    CodePoints,

    /// <summary>Mastodon: grapheme clusters of content warning and text, <c>http(s)://</c> URLs 23, <c>@user@domain</c> as <c>@user</c>.</summary>
    Mastodon,
}
