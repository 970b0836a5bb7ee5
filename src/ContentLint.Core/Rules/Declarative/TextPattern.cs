using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Matching;
using ContentLint.Core.Text;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>What a declarative rule looks for: a term list (one pass, folded) or a linear-time regular expression.</summary>
public abstract class TextPattern
{
    /// <summary>Matches in <paramref name="text"/>, in text order, non-overlapping.</summary>
    public abstract IEnumerable<PatternMatch> Matches(string text);

    /// <summary>A term list.</summary>
    public static TextPattern FromTerms(IReadOnlyList<string> terms, bool caseSensitive, bool accentSensitive, bool wholeWords, IReadOnlyList<string>? replacements = null) =>
        new TermPattern(new TermMatcher(terms, caseSensitive, accentSensitive, wholeWords), replacements);

    /// <summary>A regular expression already built with <see cref="RegexOptions.NonBacktracking"/>.</summary>
    public static TextPattern FromRegex(Regex regex) => new RegexPattern(regex);

    private sealed class TermPattern(TermMatcher matcher, IReadOnlyList<string>? replacements) : TextPattern
    {
        public override IEnumerable<PatternMatch> Matches(string text) =>
            matcher.Matches(text).Select(m => new PatternMatch(m.Span, text.Substring(m.Span.Start, m.Span.Length), replacements?[m.TermIndex]));
    }

    private sealed class RegexPattern(Regex regex) : TextPattern
    {
        public override IEnumerable<PatternMatch> Matches(string text)
        {
            var matches = new List<PatternMatch>();
            foreach (var match in regex.EnumerateMatches(text))
            {
                if (match.Length > 0)
                {
                    matches.Add(new PatternMatch(new TextSpan(match.Index, match.Length), text.Substring(match.Index, match.Length), null));
                }
            }

            return matches;
        }
    }
}

/// <summary>One match of a <see cref="TextPattern"/>.</summary>
/// <param name="Span">Where, in the searched text.</param>
/// <param name="Text">The matched text.</param>
/// <param name="Replacement">For substitutions: the expected wording.</param>
public readonly record struct PatternMatch(TextSpan Span, string Text, string? Replacement);
