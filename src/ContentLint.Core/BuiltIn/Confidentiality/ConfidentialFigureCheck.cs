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

            var words = WordPositions.Of(text.Text);
            foreach (var figure in FigureScanner.Find(text.Text))
            {
                if (found.Any(a => a.Span.OverlapsWith(figure)))
                {
                    continue;
                }

                var (span, term, reason) = found.MinBy(a => words.Distance(a.Span, figure));
                var distance = words.Distance(span, figure);
                if (distance <= policy.FigureProximity)
                {
                    context.Report(text, figure, null, ("figure", text.Text.Substring(figure.Start, figure.Length)), ("term", term), ("reason", reason), ("distance", distance));
                }
            }
        }
    }
}
