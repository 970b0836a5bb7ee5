using ContentLint.Core.Documents;
using ContentLint.Core.Rules.Declarative;

namespace ContentLint.Core.Scripting.Api.Shares;

/// <summary>
/// "At most this share of the posts of a group", for run-level scripts: the arithmetic of <c>kind: ratio</c>
/// rules (which posts of a group are past the allowed number, in publication order) and ISO weeks to group by.
/// </summary>
public static class ShareLimits
{
    /// <summary>
    /// The excess of <paramref name="group"/>, or null when the group has fewer than <paramref name="minPosts"/>
    /// members or its matching members are within <paramref name="maxShare"/>. The allowed number is
    /// <c>floor(maxShare × members)</c>; the matching members after it, by <c>publish_at</c> then id, are the excess.
    /// </summary>
    /// <typeparam name="T">What the group holds (a post, or a post with its file and group name).</typeparam>
    /// <param name="group">The members of one group.</param>
    /// <param name="matches">True for the members the share counts (promotional posts).</param>
    /// <param name="postOf">The post of a member, for the publication order.</param>
    /// <param name="maxShare">The largest share allowed, from 0 to 1.</param>
    /// <param name="minPosts">The fewest members a group needs to be judged.</param>
    public static GroupShareExcess<T>? Excess<T>(IReadOnlyCollection<T> group, Func<T, bool> matches, Func<T, Post> postOf, double maxShare, int minPosts) =>
        ShareLimit.Excess(group, matches, postOf, maxShare, minPosts) is { } excess
            ? new GroupShareExcess<T>(excess.Reported, excess.Count, excess.Total, excess.Share, excess.Max)
            : null;

    /// <summary>
    /// The same for members known by their post's date and ID rather than the post (the facts a run-level
    /// rule's run step sees): <paramref name="publishedAt"/> orders them (undated last), <paramref name="postId"/> breaks ties.
    /// </summary>
    /// <typeparam name="T">What the group holds (a fact, or a fact with its group name).</typeparam>
    /// <param name="group">The members of one group.</param>
    /// <param name="matches">True for the members the share counts (promotional posts).</param>
    /// <param name="publishedAt">The member's post's <c>publish_at</c>, or null.</param>
    /// <param name="postId">The member's post's ID.</param>
    /// <param name="maxShare">The largest share allowed, from 0 to 1.</param>
    /// <param name="minPosts">The fewest members a group needs to be judged.</param>
    public static GroupShareExcess<T>? Excess<T>(IReadOnlyCollection<T> group, Func<T, bool> matches, Func<T, DateTimeOffset?> publishedAt, Func<T, string> postId, double maxShare, int minPosts) =>
        ShareLimit.Excess(group, matches, publishedAt, postId, maxShare, minPosts) is { } excess
            ? new GroupShareExcess<T>(excess.Reported, excess.Count, excess.Total, excess.Share, excess.Max)
            : null;

    /// <summary>The ISO 8601 week of <paramref name="date"/> (<c>2026-W49</c>).</summary>
    public static string IsoWeek(DateTimeOffset date) => ShareLimit.IsoWeek(date);
}

/// <summary>A group over its share limit (see <c>ShareLimits.Excess</c>).</summary>
/// <typeparam name="T">What the group holds.</typeparam>
/// <param name="Reported">The matching members past the allowed number, in publication order.</param>
/// <param name="Count">How many members match.</param>
/// <param name="Total">How many members the group has.</param>
/// <param name="Share">The matching share, formatted (<c>40 %</c>).</param>
/// <param name="Max">The maximum share, formatted (<c>20 %</c>).</param>
public sealed record GroupShareExcess<T>(IReadOnlyList<T> Reported, int Count, int Total, string Share, string Max);
