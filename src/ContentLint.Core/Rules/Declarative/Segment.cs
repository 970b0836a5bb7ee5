using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>A piece of a post a declarative rule searches: a range of one of its texts.</summary>
/// <param name="Text">The text (a part, a variant, a title…).</param>
/// <param name="Range">The range searched in it.</param>
/// <param name="PartIndex">Index of the text in the post's texts (for per-part counts).</param>
public readonly record struct Segment(MappedText Text, TextSpan Range, int PartIndex)
{
    /// <summary>Matches of <paramref name="pattern"/> inside the range, in text coordinates, code excluded unless the text reads it as text.</summary>
    public IEnumerable<PatternMatch> Find(TextPattern pattern)
    {
        var text = Text;
        var range = Range;
        var inRange = range.Start == 0 && range.Length == text.Text.Length ? text.Text : text.Text.Substring(range.Start, range.Length);
        return pattern.Matches(inRange)
            .Select(m => m with { Span = m.Span.Shift(range.Start) })
            .Where(m => !text.IsInCode(m.Span));
    }
}
