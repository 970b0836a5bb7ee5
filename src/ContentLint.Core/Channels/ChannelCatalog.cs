using System.Collections.Immutable;
using ContentLint.Core.Channels.Counting;

namespace ContentLint.Core.Channels;

/// <summary>
/// The channels of one configuration: the built-in ones with <c>channels:</c> overrides applied, plus
/// channels declared there with a counting method.
/// </summary>
public sealed class ChannelCatalog
{
    private readonly Dictionary<string, ChannelDefinition> _channels = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The catalog of <paramref name="configuration"/> over the built-in channels.</summary>
    public ChannelCatalog(IChannelOptions configuration)
        : this(configuration, BuiltInChannels.File)
    {
    }

    /// <summary>The catalog of <paramref name="configuration"/> over the channels of <paramref name="builtIn"/> (another channels file: tests).</summary>
    public ChannelCatalog(IChannelOptions configuration, ChannelFile builtIn)
    {
        Aliases = builtIn.Aliases;
        foreach (var channel in builtIn.Channels)
        {
            _channels[channel.Name] = channel;
        }

        foreach (var settings in configuration.Channels.Values)
        {
            if (Apply(settings) is { } channel)
            {
                _channels[channel.Name] = channel;
            }
        }

        Names = [.. _channels.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Every known channel name, sorted.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Former or common names accepted for a channel (alias → name, case-insensitive).</summary>
    public ImmutableDictionary<string, string> Aliases { get; }

    /// <summary>The canonical name of <paramref name="name"/> (resolving aliases), or null when unknown.</summary>
    public string? Resolve(string name) => Find(name)?.Name;

    /// <summary>The channel named <paramref name="name"/> (or an alias of it), or null when unknown.</summary>
    public ChannelDefinition? Find(string name)
    {
        var trimmed = name.Trim();
        if (_channels.TryGetValue(trimmed, out var channel))
        {
            return channel;
        }

        return Aliases.TryGetValue(trimmed, out var alias) ? _channels.GetValueOrDefault(alias) : null;
    }

    private ChannelDefinition? Apply(ChannelSettings settings)
    {
        var baseline = _channels.GetValueOrDefault(settings.Name);
        CountingMethod? method = settings.Method is not null && CountingMethodNames.All.TryGetValue(settings.Method, out var m) ? m : null;
        if (baseline is null && (method is null || settings.Limit is null))
        {
            return null; // Reported by the configuration loader: a new channel needs a method and a limit.
        }

        var counterMethod = method ?? baseline!.Counter.Method;
        var counter = counterMethod == CountingMethod.XWeighted
            ? TextCounters.Create(CountingMethod.XWeighted, BuiltInChannels.XConfig(settings.Limit ?? baseline?.Limit, settings.UrlLength))
            : TextCounters.Create(counterMethod);
        var channel = baseline ?? new ChannelDefinition
        {
            Name = settings.Name.ToLowerInvariant(),
            DisplayName = settings.Name,
            DisplayNameFr = settings.Name,
            Counter = counter,
            Limit = settings.Limit!.Value,
            Source = "contentlint.yaml",
        };

        return channel with
        {
            Counter = counter,
            Limit = settings.Limit ?? channel.Limit,
            Fold = settings.Fold ?? channel.Fold,
            ByteLimit = settings.ByteLimit ?? channel.ByteLimit,
            TitleLimit = settings.TitleLimit ?? channel.TitleLimit,
            AltTextLimit = settings.AltTextLimit ?? channel.AltTextLimit,
            MaxHashtags = settings.MaxHashtags ?? channel.MaxHashtags,
            MaxMentions = settings.MaxMentions ?? channel.MaxMentions,
            MaxLinks = settings.MaxLinks ?? channel.MaxLinks,
            NumberThreadParts = settings.ThreadNumbering ?? channel.NumberThreadParts,
            SupportsThreads = settings.Threads ?? channel.SupportsThreads,
        };
    }
}
