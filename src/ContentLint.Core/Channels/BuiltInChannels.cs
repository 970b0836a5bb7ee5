using System.Collections.Immutable;
using System.Reflection;
using ContentLint.Core.Channels.Counting.Twitter;

namespace ContentLint.Core.Channels;

/// <summary>
/// The channels ContentLint knows, with each platform's real counting method and limits, read once
/// from the embedded <c>Channels/channels.yaml</c> (the only list of them; sources are kept there).
/// </summary>
public static class BuiltInChannels
{
    /// <summary>The embedded channels file's resource name.</summary>
    public const string ResourceName = "ContentLint.Core.Channels.channels.yaml";

    /// <summary>The embedded channels file, parsed and validated (a malformed one throws: a build defect a test catches).</summary>
    public static ChannelFile File { get; } = Load();

    /// <summary>Every built-in channel, in the file's order.</summary>
    public static ImmutableArray<ChannelDefinition> All => File.Channels;

    /// <summary>The twitter-text configuration with a different maximum or URL weight (X Premium, tests).</summary>
    public static TwitterTextConfig XConfig(int? limit, int? urlLength) => TwitterTextConfig.V3 with
    {
        MaxWeightedTweetLength = limit ?? TwitterTextConfig.V3.MaxWeightedTweetLength,
        TransformedUrlLength = urlLength ?? TwitterTextConfig.V3.TransformedUrlLength,
    };

    private static ChannelFile Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return ChannelFile.Parse(reader.ReadToEnd(), "src/ContentLint.Core/Channels/channels.yaml");
    }
}
