using System.Globalization;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>
/// The configured embargoes (<c>embargoes: [{term, until}]</c>) matched like confidential terms. A
/// term listed twice is embargoed until the later date. A post is judged at its <c>publish_at</c>,
/// or now when it has none (it could go out at any moment).
/// </summary>
public sealed class EmbargoSchedule
{
    private readonly List<DateTimeOffset> _until = [];
    private readonly ListMatcher _matcher;

    /// <summary>The schedule of <paramref name="embargoes"/> (a term listed twice keeps its later date).</summary>
    public EmbargoSchedule(IEnumerable<Embargo> embargoes)
    {
        var terms = new List<string>();
        foreach (var embargo in embargoes)
        {
            var index = terms.FindIndex(t => string.Equals(t, embargo.Term, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                terms.Add(embargo.Term);
                _until.Add(embargo.Until);
            }
            else if (embargo.Until > _until[index])
            {
                _until[index] = embargo.Until;
            }
        }

        _matcher = new ListMatcher(terms);
    }

    /// <summary>True when nothing is embargoed.</summary>
    public bool IsEmpty => _matcher.IsEmpty;

    /// <summary>The moment a post is judged at: its <c>publish_at</c>, else <paramref name="now"/>.</summary>
    public static DateTimeOffset PublicationOf(Post post, DateTimeOffset now) => post.PublishAt?.Value ?? now;

    /// <summary>Embargoed terms of <paramref name="text"/> still under embargo at <paramref name="when"/> (strictly before their date).</summary>
    public IEnumerable<(ListMatch Match, DateTimeOffset Until)> Active(MappedText text, DateTimeOffset when)
    {
        foreach (var match in _matcher.Find(text))
        {
            if (when < _until[match.Index])
            {
                yield return (match, _until[match.Index]);
            }
        }
    }

    /// <summary>A date as configured: <c>2026-12-01</c> for midnight UTC, else with its time and offset.</summary>
    public static string Format(DateTimeOffset date) =>
        date.TimeOfDay == TimeSpan.Zero && date.Offset == TimeSpan.Zero
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}
