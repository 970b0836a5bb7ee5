using ContentLint.Core.Documents;

namespace ContentLint.Core.Configuration;

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

    /// <summary>Count after which the platform folds the text behind "see more".</summary>
    public int? Fold { get; init; }

    /// <summary>Maximum number of hashtags.</summary>
    public int? MaxHashtags { get; init; }

    /// <summary>Maximum number of mentions.</summary>
    public int? MaxMentions { get; init; }

    /// <summary>Maximum number of links.</summary>
    public int? MaxLinks { get; init; }

    /// <summary>Weight of one URL for methods that count URLs at a fixed length.</summary>
    public int? UrlLength { get; init; }
}
