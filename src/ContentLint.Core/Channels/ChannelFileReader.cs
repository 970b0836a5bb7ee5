using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ContentLint.Core.Channels.Counting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Channels;

/// <summary>Reads and validates a channels file: every problem is collected, then reported at once.</summary>
internal sealed partial class ChannelFileReader(string path)
{
    private static readonly string[] Keys =
    [
        "name", "aliases", "displayName", "method", "limit", "byteLimit", "titleLimit", "altTextLimit", "fold",
        "maxHashtags", "maxMentions", "maxLinks", "threads", "threadNumbering", "style", "notes", "source",
    ];

    private readonly List<string> _problems = [];

    public ChannelFile Read(string yaml)
    {
        var root = Load(yaml);
        var channels = ImmutableArray.CreateBuilder<ChannelDefinition>();
        var aliases = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (root is not null)
        {
            var top = new ChannelEntryReader(root, ["channels"], _problems, "the file");
            var list = top.Node("channels") as YamlSequenceNode;
            if (list is null || list.Children.Count == 0)
            {
                _problems.Add($"{root.Start.Line}: expected 'channels:', a list of channels");
            }

            foreach (var item in list?.Children ?? [])
            {
                if (item is not YamlMappingNode map)
                {
                    _problems.Add($"{item.Start.Line}: expected a channel (a map with name, displayName, method, limit, source)");
                    continue;
                }

                if (ReadChannel(map) is not { } read)
                {
                    continue; // Its problems are collected; the file is refused below.
                }

                var (channel, channelAliases) = read;

                foreach (var name in channelAliases.Prepend(channel.Name))
                {
                    if (!names.Add(name))
                    {
                        _problems.Add($"{map.Start.Line}: '{name}' names two channels (names and aliases must be unique)");
                    }
                }

                channels.Add(channel);
                foreach (var alias in channelAliases)
                {
                    aliases[alias] = channel.Name;
                }
            }
        }

        return _problems.Count > 0 ? throw new ChannelFileException(path, _problems) : new ChannelFile(channels.ToImmutable(), aliases.ToImmutable());
    }

    private YamlMappingNode? Load(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            _problems.Add("1: expected one YAML document, a map with 'channels:'");
        }
        catch (YamlException ex)
        {
            _problems.Add($"{ex.Start.Line}: {ex.Message}");
        }

        return null;
    }

    private (ChannelDefinition Channel, ImmutableArray<string> Aliases)? ReadChannel(YamlMappingNode map)
    {
        var before = _problems.Count;
        var entry = new ChannelEntryReader(map, Keys, _problems, "channel");
        var name = entry.Text("name", required: true);
        if (name is not null && !NamePattern().IsMatch(name))
        {
            _problems.Add($"{map.Start.Line}: name '{name}' must be lower case: letters, digits and '-'");
        }

        entry = entry.Named(name ?? "?");
        var aliases = entry.Names("aliases");
        var displayName = entry.Map("displayName", ["en", "fr"], required: true);
        var methodName = entry.Text("method", required: true);
        CountingMethod? method = methodName is not null && CountingMethodNames.All.TryGetValue(methodName, out var m) ? m : null;
        if (methodName is not null && method is null)
        {
            _problems.Add($"{entry.Line("method")}: method '{methodName}' of channel '{name}' is not one of {string.Join(", ", CountingMethodNames.All.Keys.Order(StringComparer.Ordinal))}");
        }

        var channel = new ChannelDefinition
        {
            Name = name ?? string.Empty,
            DisplayName = displayName?.Text("en", required: true) ?? string.Empty,
            DisplayNameFr = displayName?.Text("fr", required: true) ?? string.Empty,
            Counter = TextCounters.Create(method ?? CountingMethod.Graphemes),
            Limit = entry.Int("limit", 1, required: true) ?? 0,
            ByteLimit = entry.Int("byteLimit", 1),
            TitleLimit = entry.Int("titleLimit", 1),
            AltTextLimit = entry.Int("altTextLimit", 1),
            Fold = entry.Int("fold", 0),
            MaxHashtags = entry.Int("maxHashtags", 0),
            MaxMentions = entry.Int("maxMentions", 0),
            MaxLinks = entry.Int("maxLinks", 0),
            SupportsThreads = entry.Bool("threads") ?? false,
            NumberThreadParts = entry.Bool("threadNumbering") ?? false,
            Style = ReadStyle(entry.Map("style", ["hashtags", "emojiPerWord"], required: false)),
            Notes = entry.Text("notes") ?? string.Empty,
            Source = entry.Text("source", required: true) ?? string.Empty,
        };
        return _problems.Count == before ? (channel, aliases) : null;
    }

    private static ChannelStyle ReadStyle(ChannelEntryReader? style) =>
        style is null ? ChannelStyle.None : new ChannelStyle(style.Int("hashtags", 0), style.Number("emojiPerWord", 0, 1));

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    internal static partial Regex NamePattern();
}
