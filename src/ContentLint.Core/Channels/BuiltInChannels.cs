using System.Collections.Immutable;
using ContentLint.Core.Channels.Counting;
using ContentLint.Core.Channels.Counting.Twitter;

namespace ContentLint.Core.Channels;

/// <summary>
/// The channels ContentLint knows, with each platform's real counting method and limits.
/// Sources are kept beside each entry and in docs/channels.md.
/// </summary>
public static class BuiltInChannels
{
    /// <summary>Every built-in channel, by name.</summary>
    public static ImmutableArray<ChannelDefinition> All { get; } =
    [
        new() { Name = "x", DisplayName = "X", Counter = TextCounters.Create(CountingMethod.XWeighted), Limit = 280, SupportsThreads = true,
            Source = "twitter-text v3 (github.com/twitter/twitter-text, config/v3.json); 25,000 for Premium" },
        new() { Name = "mastodon", DisplayName = "Mastodon", Counter = TextCounters.Create(CountingMethod.Mastodon), Limit = 500, SupportsThreads = true,
            Source = "mastodon/mastodon app/validators/status_length_validator.rb (500 by default; per instance)" },
        new() { Name = "bluesky", DisplayName = "Bluesky", Counter = TextCounters.Create(CountingMethod.Graphemes), Limit = 300, ByteLimit = 3000, SupportsThreads = true,
            Source = "bluesky-social/atproto lexicons/app/bsky/feed/post.json (maxGraphemes 300, maxLength 3000 bytes)" },
        new() { Name = "threads", DisplayName = "Threads", Counter = TextCounters.Create(CountingMethod.Graphemes), Limit = 500, MaxLinks = 5, SupportsThreads = true,
            Source = "Threads API documentation: 500 characters, at most 5 links per post" },
        new() { Name = "linkedin", DisplayName = "LinkedIn", Counter = TextCounters.Create(CountingMethod.Utf16), Limit = 3000, Fold = 210,
            Source = "LinkedIn: post 3,000 characters (comment 1,250); \"see more\" after about 210 characters (observed)" },
        new() { Name = "facebook", DisplayName = "Facebook", Counter = TextCounters.Create(CountingMethod.Utf16), Limit = 63206, Fold = 125,
            Source = "Facebook: post 63,206 characters; \"see more\" after about 477 characters on desktop, 125 on mobile (observed; mobile used)" },
        new() { Name = "instagram", DisplayName = "Instagram", Counter = TextCounters.Create(CountingMethod.Utf16), Limit = 2200, Fold = 125, MaxHashtags = 5,
            Source = "Instagram: caption 2,200 characters; 5 hashtags per post since December 2025 (30 before); \"more\" after about 125 (observed)" },
        new() { Name = "tiktok", DisplayName = "TikTok", Counter = TextCounters.Create(CountingMethod.Utf16), Limit = 2200,
            Source = "TikTok Content Posting API: caption up to 2,200 UTF-16 code units" },
        new() { Name = "youtube", DisplayName = "YouTube", Counter = TextCounters.Create(CountingMethod.Utf8Bytes), Limit = 5000, TitleLimit = 100,
            Source = "YouTube Data API (videos resource): title 100 characters, description 5,000 bytes" },
        new() { Name = "pinterest", DisplayName = "Pinterest", Counter = TextCounters.Create(CountingMethod.Utf16), Limit = 800, TitleLimit = 100, AltTextLimit = 500,
            Source = "Pinterest API v5 (pins): title 100, description 800, alt_text 500" },
    ];

    /// <summary>The twitter-text configuration with a different maximum or URL weight (X Premium, tests).</summary>
    public static TwitterTextConfig XConfig(int? limit, int? urlLength) => TwitterTextConfig.V3 with
    {
        MaxWeightedTweetLength = limit ?? TwitterTextConfig.V3.MaxWeightedTweetLength,
        TransformedUrlLength = urlLength ?? TwitterTextConfig.V3.TransformedUrlLength,
    };
}
