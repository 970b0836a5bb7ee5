using ContentLint.Core.Documents;
using ContentLint.Core.Scripting.Api.Shares;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Scripting.Api.Shares;

/// <summary>The share arithmetic scripts get (the same as <c>kind: ratio</c>).</summary>
public sealed class ShareLimitsTests
{
    [Fact]
    public void The_matching_posts_past_the_allowed_number_are_the_excess_in_publication_order()
    {
        var posts = Enumerable.Range(1, 5).Select(day => Dated($"p{day}", day)).ToList();
        var promotional = new HashSet<string> { "p4", "p2" };

        var excess = ShareLimits.Excess(posts, p => promotional.Contains(p.Id), p => p, maxShare: 0.2, minPosts: 3);

        Assert.NotNull(excess);
        Assert.Equal(["p4"], excess.Reported.Select(p => p.Id));
        Assert.Equal((2, 5, "40 %", "20 %"), (excess.Count, excess.Total, excess.Share, excess.Max));
    }

    [Fact]
    public void Small_groups_and_groups_within_the_share_are_not_judged()
    {
        var posts = new[] { Dated("a", 1), Dated("b", 2) };

        Assert.Null(ShareLimits.Excess(posts, _ => true, p => p, maxShare: 0.2, minPosts: 3));
        Assert.Null(ShareLimits.Excess(posts, p => p.Id == "a", p => p, maxShare: 0.5, minPosts: 1));
    }

    [Fact]
    public void Weeks_are_iso_weeks() =>
        Assert.Equal("2026-W01", ShareLimits.IsoWeek(new DateTimeOffset(2025, 12, 29, 9, 0, 0, TimeSpan.Zero)));

    private static Post Dated(string id, int day) =>
        new() { Id = id, Span = default, PublishAt = new Located<DateTimeOffset>(new DateTimeOffset(2026, 12, day, 9, 0, 0, TimeSpan.Zero), default) };
}
