using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.BuiltInChecks;

namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>
/// <c>check: confidential-figures</c>: a figure (amount, percentage, revenue word…) within
/// <c>confidential.figureProximity</c> words of a confidential term, an NDA client or a topic under
/// embargo. Placeholders: <c>{figure}</c>, <c>{term}</c>, <c>{reason}</c>, <c>{distance}</c>.
/// </summary>
public sealed class ConfidentialFigureCheck : IBuiltInCheck
{
    private static readonly PolicyCache<FigureAnchors> Anchors = new(p => new FigureAnchors(p));

    /// <inheritdoc />
    public string Name => "confidential-figures";

    /// <inheritdoc />
    public void Check(PostRuleContext context, BuiltInOptions options)
    {
        var policy = context.Configuration.Policy;
        var anchors = Anchors.Get(policy);
        if (anchors.IsEmpty)
        {
            return;
        }

        var when = EmbargoSchedule.PublicationOf(context.Post, DateTimeOffset.UtcNow);
        foreach (var text in ConfidentialTexts.Of(context.Post))
        {
            var found = anchors.Find(text, when).ToList();
            if (found.Count == 0)
            {
                continue;
            }

            var taken = new SpanIndex(found.Select(a => a.Span));
            var byStart = Enumerable.Range(0, found.Count).OrderBy(i => found[i].Span.Start).ToArray();
            var longest = found.Max(a => a.Span.Length);
            var words = WordPositions.Of(text.Text);
            foreach (var figure in FigureScanner.Find(text.Text))
            {
                if (taken.Overlaps(figure))
                {
                    continue;
                }

                // Only the terms near the figure can be close enough: looked up by position, not all compared.
                var window = words.Window(figure, policy.FigureProximity, text.Text.Length);
                var near = Near(found, byStart, TextSpan.FromBounds(Math.Max(0, window.Start - longest), window.End));
                if (near.Count == 0)
                {
                    continue;
                }

                var (span, term, reason) = found[near.Order().MinBy(i => words.Distance(found[i].Span, figure))];
                var distance = words.Distance(span, figure);
                if (distance <= policy.FigureProximity)
                {
                    context.Report(text, figure, null, ("figure", text.Text.Substring(figure.Start, figure.Length)), ("term", term), ("reason", reason), ("distance", distance));
                }
            }
        }
    }

    // The indices of the terms starting inside `window` (byStart: the indices ordered by start).
    private static List<int> Near(List<(TextSpan Span, string Term, string Reason)> found, int[] byStart, TextSpan window)
    {
        int low = 0, high = byStart.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (found[byStart[mid]].Span.Start < window.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var near = new List<int>();
        for (var i = low; i < byStart.Length && found[byStart[i]].Span.Start < window.End; i++)
        {
            near.Add(byStart[i]);
        }

        return near;
    }
}
