using ContentLint.Core.Documents;
using ContentLint.Core.Scoping;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>Distances in words between spans of one text (links, hashtags and mentions are not words).</summary>
/// <param name="words">The words of the text, in order (<see cref="TextTokens.Words"/>).</param>
public sealed class WordPositions(IReadOnlyList<TextToken> words)
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static WordPositions Of(string text) => new(TextTokens.Of(text).Words);

    /// <summary>Index of the first and last word a span touches (an empty range between words when it touches none).</summary>
    public (int First, int Last) Range(TextSpan span)
    {
        // Words are in text order and do not overlap: the first one ending after the span's start by binary search.
        int first = 0, high = words.Count;
        while (first < high)
        {
            var mid = (first + high) >>> 1;
            if (words[mid].Span.End <= span.Start)
            {
                first = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var last = first - 1;
        while (last + 1 < words.Count && words[last + 1].Span.Start < span.End)
        {
            last++;
        }

        return (first, Math.Max(first, last));
    }

    /// <summary>The part of the text holding every span at most <paramref name="distance"/> words from <paramref name="span"/>.</summary>
    public TextSpan Window(TextSpan span, int distance, int textLength)
    {
        var (first, last) = Range(span);
        var start = first - distance - 1 >= 0 && first - distance - 1 < words.Count ? words[first - distance - 1].Span.Start : 0;
        var end = last + distance + 1 < words.Count ? words[last + distance + 1].Span.End : textLength;
        return TextSpan.FromBounds(Math.Min(start, span.Start), Math.Max(end, span.End));
    }

    /// <summary>How many words apart two spans are: 0 when they share a word, 1 when adjacent.</summary>
    public int Distance(TextSpan a, TextSpan b)
    {
        var (aFirst, aLast) = Range(a);
        var (bFirst, bLast) = Range(b);
        return Math.Max(0, Math.Max(bFirst - aLast, aFirst - bLast));
    }
}
