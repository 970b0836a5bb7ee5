using System.Collections.Immutable;
using ContentLint.Core.Configuration;

namespace ContentLint.Core.Channels;

/// <summary>The channels a configuration knows: the built-in ones plus those declared in <c>channels:</c>.</summary>
public sealed class ChannelCatalog
{
    /// <summary>Built-in channel names.</summary>
    public static ImmutableArray<string> BuiltInNames { get; } =
        ["x", "mastodon", "bluesky", "threads", "linkedin", "facebook", "instagram", "tiktok", "youtube", "pinterest"];

    /// <summary>Former or common names accepted for a channel.</summary>
    public static ImmutableDictionary<string, string> Aliases { get; } =
        ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, [new KeyValuePair<string, string>("twitter", "x")]);

    private readonly HashSet<string> _names;

    /// <summary>The catalog of <paramref name="configuration"/>.</summary>
    public ChannelCatalog(LintConfiguration configuration)
    {
        _names = new HashSet<string>(BuiltInNames, StringComparer.OrdinalIgnoreCase);
        _names.UnionWith(configuration.Channels.Keys);
        Names = [.. _names.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every known channel name, sorted.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The canonical name of <paramref name="name"/> (resolving aliases), or null when unknown.</summary>
    public string? Resolve(string name)
    {
        var trimmed = name.Trim();
        if (_names.TryGetValue(trimmed, out var actual))
        {
            return actual;
        }

        return Aliases.TryGetValue(trimmed, out var alias) && _names.Contains(alias) ? alias : null;
    }
}
