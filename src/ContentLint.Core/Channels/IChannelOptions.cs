using System.Collections.Immutable;

namespace ContentLint.Core.Channels;

/// <summary>
/// What a <see cref="ChannelCatalog"/> takes from the configuration (which sits above the channels and
/// implements this): the <c>channels:</c> settings by channel name.
/// </summary>
public interface IChannelOptions
{
    /// <summary>Channel overrides and declarations, by lower-case name.</summary>
    ImmutableDictionary<string, ChannelSettings> Channels { get; }
}
