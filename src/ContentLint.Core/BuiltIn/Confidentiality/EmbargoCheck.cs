using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>
/// <c>check: embargoes</c>: a topic of <c>embargoes:</c> named in a post published before its date
/// (a post without <c>publish_at</c> is judged now). Placeholders: <c>{term}</c>, <c>{match}</c>,
/// <c>{until}</c> (the embargo's date) and <c>{published}</c> (the post's date, or "now (no publish_at)").
/// </summary>
public sealed class EmbargoCheck : IBuiltInCheck
{
    private static readonly PolicyCache<EmbargoSchedule> Schedules = new(p => new EmbargoSchedule(p.Embargoes));

    /// <inheritdoc />
    public string Name => "embargoes";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var schedule = Schedules.Get(context.Configuration.Policy);
        if (schedule.IsEmpty)
        {
            return;
        }

        var post = context.Post;
        var when = EmbargoSchedule.PublicationOf(post, DateTimeOffset.UtcNow);
        var published = post.PublishAt is { } date ? EmbargoSchedule.Format(date.Value) : "now (no publish_at)";
        foreach (var text in ConfidentialTexts.Of(post))
        {
            foreach (var (match, until) in schedule.Active(text, when))
            {
                context.Report(text, match.Match.Span, null, ("term", match.Configured), ("match", match.Written), ("until", EmbargoSchedule.Format(until)), ("published", published));
            }
        }
    }
}
