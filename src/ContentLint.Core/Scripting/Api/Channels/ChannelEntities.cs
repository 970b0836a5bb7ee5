using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Channels;

/// <summary>Hashtags, mentions and links of a text, found the way the channel's platform finds them (twitter-text on X, fediverse rules on Mastodon), outside code.</summary>
public static class ChannelEntities
{
    /// <summary>The entities of <paramref name="kind"/> in <paramref name="text"/> as <paramref name="channel"/> finds them, in order, leaving out those inside code.</summary>
    /// <param name="text">The text.</param>
    /// <param name="channel">The channel whose counting method decides what an entity is.</param>
    /// <param name="kind">Hashtags, mentions or links.</param>
    public static IReadOnlyList<TextSpan> Find(MappedText text, ChannelDefinition channel, EntityKind kind) =>
        [.. EntityExtractor.Extract(text.Text, channel.Counter.Method, kind).Where(span => !text.IsInCode(span))];

    /// <summary>The entities past the first <paramref name="max"/>, as one span from the first extra to the last, with the total found; null when there are at most <paramref name="max"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="channel">The channel whose counting method decides what an entity is.</param>
    /// <param name="kind">Hashtags, mentions or links.</param>
    /// <param name="max">How many are allowed.</param>
    public static EntityExcess? PastCap(MappedText text, ChannelDefinition channel, EntityKind kind, int max)
    {
        var found = Find(text, channel, kind);
        return found.Count <= max ? null : new EntityExcess(found.Count, TextSpan.FromBounds(found[max].Start, found[^1].End));
    }
}

/// <summary>Entities over a cap: how many the text has, and the span from the first extra one to the last.</summary>
/// <param name="Count">Entities found.</param>
/// <param name="Span">From the first entity past the cap to the end of the last.</param>
public readonly record struct EntityExcess(int Count, TextSpan Span);
