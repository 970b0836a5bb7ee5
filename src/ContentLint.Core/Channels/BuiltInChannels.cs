using System.Collections.Immutable;
using ContentLint.Core.Channels.Counting.Twitter;

namespace ContentLint.Core.Channels;

/// <summary>
/// The channels ContentLint knows, with each platform's real counting method and limits. Their only
/// source is <c>Channels/channels.yaml</c> (sources of the numbers are kept there); the tool runs on
/// <see cref="BuiltInChannelTable"/>, generated from it and kept equal to it by a test, because
/// parsing the YAML on every start was most of the start-up of every command.
/// </summary>
public static class BuiltInChannels
{
    /// <summary>The channels file, as compiled in.</summary>
    public static ChannelFile File { get; } = BuiltInChannelTable.Create();

    /// <summary>Every built-in channel, in the file's order.</summary>
    public static ImmutableArray<ChannelDefinition> All => File.Channels;

    /// <summary>The twitter-text configuration with a different maximum or URL weight (X Premium, tests).</summary>
    public static TwitterTextConfig XConfig(int? limit, int? urlLength) => TwitterTextConfig.V3 with
    {
        MaxWeightedTweetLength = limit ?? TwitterTextConfig.V3.MaxWeightedTweetLength,
        TransformedUrlLength = urlLength ?? TwitterTextConfig.V3.TransformedUrlLength,
    };
}
