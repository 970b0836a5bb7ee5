using ContentLint.Core.Channels.Counting.Mastodon;
using ContentLint.Core.Channels.Counting.Twitter;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Channels.Counting.Entities;

/// <summary>
/// Finds URLs, hashtags and mentions with their spans, by the rules of the channel's counting method:
/// X uses twitter-text's extractors (bare domains are links, <c>@user</c> and <c>@user/list</c>);
/// Mastodon links only <c>http(s)://</c> URLs and takes <c>@user@domain</c>; the other methods use
/// twitter-text's URL and hashtag rules and fediverse-style mentions. Overlaps keep the entity that starts first.
/// </summary>
public static class EntityExtractor
{
    /// <summary>The entities of <paramref name="text"/> in order of position.</summary>
    public static IReadOnlyList<TextEntity> Extract(ReadOnlySpan<char> text, CountingMethod method)
    {
        var entities = new List<TextEntity>();
        var withoutProtocol = method != CountingMethod.Mastodon;
        foreach (var url in TwitterUrlExtractor.Extract(text, withoutProtocol))
        {
            entities.Add(new TextEntity(EntityKind.Url, url));
        }

        foreach (var tag in TwitterHashtagExtractor.Extract(text))
        {
            entities.Add(new TextEntity(EntityKind.Hashtag, tag));
        }

        if (method == CountingMethod.XWeighted)
        {
            foreach (var mention in TwitterMentionExtractor.Extract(text))
            {
                entities.Add(new TextEntity(EntityKind.Mention, TextSpan.FromBounds(mention.Start, mention.End)));
            }
        }
        else
        {
            foreach (var mention in MastodonMentionExtractor.Extract(text))
            {
                entities.Add(new TextEntity(EntityKind.Mention, TextSpan.FromBounds(mention.Start, mention.End)));
            }
        }

        return RemoveOverlaps(entities);
    }

    /// <summary>Only the entities of one kind.</summary>
    public static IReadOnlyList<TextSpan> Extract(ReadOnlySpan<char> text, CountingMethod method, EntityKind kind) =>
        Extract(text, method).Where(e => e.Kind == kind).Select(e => e.Span).ToList();

    private static List<TextEntity> RemoveOverlaps(List<TextEntity> entities)
    {
        var kept = new List<TextEntity>(entities.Count);
        foreach (var entity in entities.OrderBy(e => e.Span.Start))
        {
            if (kept.Count == 0 || kept[^1].Span.End <= entity.Span.Start)
            {
                kept.Add(entity);
            }
        }

        return kept;
    }
}
