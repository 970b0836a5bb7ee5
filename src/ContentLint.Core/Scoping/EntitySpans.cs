using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scoping;

/// <summary>
/// Overlap tests against a text's entities in O(log n): <see cref="EntityExtractor"/> returns them
/// sorted and without overlaps, so a binary search finds the only candidate. Scanning every entity
/// for every word made a long post with many links quadratic (a 5 MB post took minutes).
/// </summary>
internal static class EntitySpans
{
    /// <summary>True when a non-empty <paramref name="span"/> shares a character with an entity.</summary>
    public static bool Overlaps(IReadOnlyList<TextEntity> entities, TextSpan span)
    {
        // The last entity starting before the span ends is the only one that may reach into it.
        int low = 0, high = entities.Count - 1, candidate = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (entities[mid].Span.Start < span.End)
            {
                candidate = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return candidate >= 0 && entities[candidate].Span.End > span.Start;
    }

    /// <summary>True when the character at <paramref name="offset"/> is inside an entity.</summary>
    public static bool Contains(IReadOnlyList<TextEntity> entities, int offset) => Overlaps(entities, new TextSpan(offset, 1));
}
