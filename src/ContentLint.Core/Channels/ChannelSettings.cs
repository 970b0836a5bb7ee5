using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Channels;

/// <summary>
/// A <c>channels:</c> entry: overrides of a built-in channel's limits, or a new channel declared
/// with a counting method. Null members keep the built-in value.
/// </summary>
public sealed record ChannelSettings
{
    /// <summary>Channel name (the key).</summary>
    public required string Name { get; init; }

    /// <summary>Where the name is written in the configuration file.</summary>
    public TextSpan NameSpan { get; init; }

    /// <summary>Counting method name (required for a new channel).</summary>
    public string? Method { get; init; }

    /// <summary>Maximum count per post or thread part.</summary>
    public int? Limit { get; init; }

    /// <summary>A second limit in UTF-8 bytes (Bluesky: 3,000).</summary>
    public int? ByteLimit { get; init; }

    /// <summary>Maximum length of a <c>title:</c> field.</summary>
    public int? TitleLimit { get; init; }

    /// <summary>Maximum length of an <c>alt:</c> field.</summary>
    public int? AltTextLimit { get; init; }

    /// <summary>Count after which the platform folds the text behind "see more".</summary>
    public int? Fold { get; init; }

    /// <summary>Maximum number of hashtags.</summary>
    public int? MaxHashtags { get; init; }

    /// <summary>Maximum number of mentions.</summary>
    public int? MaxMentions { get; init; }

    /// <summary>Maximum number of links.</summary>
    public int? MaxLinks { get; init; }

    /// <summary>Weight of one URL on X (<c>x-weighted</c>); other methods use their platform's fixed weight.</summary>
    public int? UrlLength { get; init; }

    /// <summary>Whether the platform publishes threads, so a long post may be split into parts.</summary>
    public bool? Threads { get; init; }

    /// <summary>Whether the split-into-thread fix numbers parts (<c>1/3</c>).</summary>
    public bool? ThreadNumbering { get; init; }
}
