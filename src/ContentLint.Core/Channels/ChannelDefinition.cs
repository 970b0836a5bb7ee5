using ContentLint.Core.Channels.Counting;

namespace ContentLint.Core.Channels;

/// <summary>A channel's counting method and limits: built in, overridden or declared in <c>contentlint.yaml</c>.</summary>
public sealed record ChannelDefinition
{
    /// <summary>Name used in posts and configuration (lower case).</summary>
    public required string Name { get; init; }

    /// <summary>Name for messages and docs, in English (the platform's own spelling).</summary>
    public required string DisplayName { get; init; }

    /// <summary>Name in French (the same as <see cref="DisplayName"/> for a channel declared in <c>contentlint.yaml</c>).</summary>
    public required string DisplayNameFr { get; init; }

    /// <summary>How the platform counts.</summary>
    public required ITextCounter Counter { get; init; }

    /// <summary>Maximum count of a post or thread part.</summary>
    public required int Limit { get; init; }

    /// <summary>A second limit in UTF-8 bytes that also applies (Bluesky: 3,000), or null.</summary>
    public int? ByteLimit { get; init; }

    /// <summary>Count after which the platform hides the text behind "see more", or null when it does not fold.</summary>
    public int? Fold { get; init; }

    /// <summary>Most hashtags the platform (or configuration) accepts, or null for no cap.</summary>
    public int? MaxHashtags { get; init; }

    /// <summary>Most mentions accepted, or null for no cap.</summary>
    public int? MaxMentions { get; init; }

    /// <summary>Most links accepted, or null for no cap.</summary>
    public int? MaxLinks { get; init; }

    /// <summary>Maximum length of a <c>title:</c> field (YouTube, Pinterest), counted with <see cref="Counter"/>; null when titles are not used.</summary>
    public int? TitleLimit { get; init; }

    /// <summary>Maximum length of an <c>alt:</c> text (Pinterest), or null.</summary>
    public int? AltTextLimit { get; init; }

    /// <summary>True when the platform publishes threads (a long post can be split into parts).</summary>
    public bool SupportsThreads { get; init; }

    /// <summary>Whether the split-into-thread fix numbers the parts (<c>1/3</c>).</summary>
    public bool NumberThreadParts { get; init; }

    /// <summary>The house style the brand-voice rules apply on this channel (CL4006, CL4007), below its hard caps.</summary>
    public ChannelStyle Style { get; init; } = ChannelStyle.None;

    /// <summary>A line for the docs table (docs/channels.md): what the numbers alone do not say.</summary>
    public string Notes { get; init; } = string.Empty;

    /// <summary>Where the limits come from (platform documentation or source code).</summary>
    public string Source { get; init; } = string.Empty;
}
