using System.Globalization;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>
/// The arithmetic of "at most this share of the posts of a group" shared by <c>kind: ratio</c> rules and
/// the built-in promo-share check: which posts of a group are past the allowed number, in publication order.
/// </summary>
internal static class ShareLimit
{
    /// <summary>
    /// The excess of <paramref name="group"/>, or null when the group has fewer than <paramref name="minPosts"/>
    /// members or its matching members are within <paramref name="maxShare"/>.
    /// </summary>
    public static ShareExcess<T>? Excess<T>(IReadOnlyCollection<T> group, Func<T, bool> matches, Func<T, Post> postOf, double maxShare, int minPosts) =>
        Excess(group, matches, e => postOf(e).PublishAt?.Value, e => postOf(e).Id, maxShare, minPosts);

    /// <summary>
    /// The same for members known by their post's publication date (<paramref name="publishedAt"/>, null when
    /// undated: last) and ID (<paramref name="postId"/>, the tie-break), such as the facts a run step sees.
    /// </summary>
    public static ShareExcess<T>? Excess<T>(IReadOnlyCollection<T> group, Func<T, bool> matches, Func<T, DateTimeOffset?> publishedAt, Func<T, string> postId, double maxShare, int minPosts)
    {
        var total = group.Count;
        var matching = group.Where(matches)
            .OrderBy(e => publishedAt(e) ?? DateTimeOffset.MaxValue).ThenBy(postId, StringComparer.Ordinal).ToList();
        if (total < minPosts || matching.Count <= maxShare * total)
        {
            return null;
        }

        var allowed = (int)Math.Floor(maxShare * total);
        return new ShareExcess<T>(
            [.. matching.Skip(allowed)],
            matching.Count,
            total,
            ((double)matching.Count / total).ToString("P0", CultureInfo.InvariantCulture),
            maxShare.ToString("P0", CultureInfo.InvariantCulture));
    }

    /// <summary>The ISO 8601 week of <paramref name="date"/> (<c>2026-W49</c>).</summary>
    public static string IsoWeek(DateTimeOffset date) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date.DateTime)}-W{ISOWeek.GetWeekOfYear(date.DateTime):00}");
}
