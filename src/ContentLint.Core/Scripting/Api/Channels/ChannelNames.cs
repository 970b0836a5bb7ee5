using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Scripting.Api.Channels;

/// <summary>Channel names as written in posts: the closest known one to a misspelt name.</summary>
public static class ChannelNames
{
    /// <summary>The known channel name closest to <paramref name="name"/> (a typo such as <c>linkedn</c>), or null when none is close.</summary>
    /// <param name="name">The name as written.</param>
    /// <param name="channels">The channels of this configuration.</param>
    public static string? Closest(string name, ChannelCatalog channels) => Suggestions.Closest(name, channels.Names);
}
