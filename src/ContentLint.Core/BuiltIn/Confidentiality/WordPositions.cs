using ContentLint.Core.Documents;
using ContentLint.Core.Scoping;

namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>Distances in words between spans of one text (links, hashtags and mentions are not words).</summary>
internal sealed class WordPositions(IReadOnlyList<TextToken> words)
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static WordPositions Of(string text) => new(TextTokens.Of(text).Words);

    /// <summary>Index of the first and last word a span touches (an empty range between words when it touches none).</summary>
    public (int First, int Last) Range(TextSpan span)
    {
        var first = 0;
        while (first < words.Count && words[first].Span.End <= span.Start)
        {
            first++;
        }

        var last = first - 1;
        while (last + 1 < words.Count && words[last + 1].Span.Start < span.End)
        {
            last++;
        }

        return (first, Math.Max(first, last));
    }

    /// <summary>How many words apart two spans are: 0 when they share a word, 1 when adjacent.</summary>
    public int Distance(TextSpan a, TextSpan b)
    {
        var (aFirst, aLast) = Range(a);
        var (bFirst, bLast) = Range(b);
        return Math.Max(0, Math.Max(bFirst - aLast, aFirst - bLast));
    }
}
