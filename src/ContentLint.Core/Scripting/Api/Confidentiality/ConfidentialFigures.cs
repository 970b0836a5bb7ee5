using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>
/// Pairs each figure of a text (<see cref="FigureScanner"/>) with the nearest confidential term
/// (<see cref="FigureAnchors"/>) standing within a given number of words; a figure that overlaps a
/// term is the term itself, not a figure near it.
/// </summary>
public static class ConfidentialFigures
{
    /// <summary>Each figure of <paramref name="text"/> with its nearest anchor at most <paramref name="proximity"/> words away, in text order.</summary>
    /// <param name="text">The text (see <see cref="ConfidentialTexts"/>).</param>
    /// <param name="anchors">The confidential terms.</param>
    /// <param name="when">When the post is published (embargoes are judged then).</param>
    /// <param name="proximity">The greatest distance in words.</param>
    public static IEnumerable<FigureNearTerm> Find(MappedText text, FigureAnchors anchors, DateTimeOffset when, int proximity)
    {
        var found = anchors.Find(text, when).ToList();
        if (found.Count == 0)
        {
            yield break;
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
            var window = words.Window(figure, proximity, text.Text.Length);
            var near = Near(found, byStart, TextSpan.FromBounds(Math.Max(0, window.Start - longest), window.End));
            if (near.Count == 0)
            {
                continue;
            }

            var anchor = found[near.Order().MinBy(i => words.Distance(found[i].Span, figure))];
            var distance = words.Distance(anchor.Span, figure);
            if (distance <= proximity)
            {
                yield return new FigureNearTerm(figure, text.Text.Substring(figure.Start, figure.Length), anchor, distance);
            }
        }
    }

    // The indices of the terms starting inside `window` (byStart: the indices ordered by start).
    private static List<int> Near(List<FigureAnchor> found, int[] byStart, TextSpan window)
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

/// <summary>A figure near a confidential term.</summary>
/// <param name="Span">Where the figure is.</param>
/// <param name="Figure">The figure as written.</param>
/// <param name="Anchor">The nearest term.</param>
/// <param name="Distance">Words between them (0 when they share a word).</param>
public sealed record FigureNearTerm(TextSpan Span, string Figure, FigureAnchor Anchor, int Distance);
