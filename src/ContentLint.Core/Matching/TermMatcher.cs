using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Matching;

/// <summary>
/// Finds any of many terms in one pass over a text (Aho–Corasick compiled to a deterministic
/// automaton over the terms' alphabet): one table read per character, however many terms there are.
/// Case- and accent-insensitive by default; whole words by default, with French elisions and hyphens
/// respected (<see cref="WordBoundaries"/>).
/// </summary>
public sealed class TermMatcher
{
    private readonly ushort[] _alphabet = new ushort[char.MaxValue + 1]; // char → column; 0 = not in any term
    private readonly int _columns;
    private readonly int[] _delta;         // state * _columns + column → next state
    private readonly int[][] _outputs;     // state → terms ending here (own and by suffix)
    private readonly string[] _terms;
    private readonly int[] _lengths;
    private readonly bool _caseSensitive;
    private readonly bool _accentSensitive;
    private readonly bool _wholeWords;

    /// <summary>Builds the automaton for <paramref name="terms"/>.</summary>
    public TermMatcher(IEnumerable<string> terms, bool caseSensitive = false, bool accentSensitive = false, bool wholeWords = true)
    {
        _caseSensitive = caseSensitive;
        _accentSensitive = accentSensitive;
        _wholeWords = wholeWords;
        _terms = [.. terms.Where(t => t.Length > 0)];
        var folded = _terms.Select(t => FoldedText.FoldTerm(t, caseSensitive, accentSensitive)).ToArray();
        _lengths = [.. folded.Select(f => f.Length)];

        var columns = 1;
        foreach (var c in folded.SelectMany(f => f).Distinct())
        {
            _alphabet[c] = (ushort)columns++;
        }

        _columns = columns;
        var trie = new TrieBuilder(columns);
        for (var i = 0; i < folded.Length; i++)
        {
            trie.Insert(folded[i].Select(c => (int)_alphabet[c]), i);
        }

        (_delta, _outputs) = trie.Compile();
    }

    /// <summary>Number of terms.</summary>
    public int Count => _terms.Length;

    /// <summary>Non-overlapping matches in text order (at one position the longest term wins).</summary>
    public IReadOnlyList<TermMatch> Matches(string text)
    {
        var folded = FoldedText.Create(text, _caseSensitive, _accentSensitive);
        var value = folded.Value;
        List<TermMatch>? candidates = null;
        var state = 0;
        for (var i = 0; i < value.Length; i++)
        {
            state = _delta[(state * _columns) + _alphabet[value[i]]];
            var ending = _outputs[state];
            if (ending.Length == 0)
            {
                continue;
            }

            foreach (var term in ending)
            {
                var start = folded.OriginalOffset(i + 1 - _lengths[term]);
                var end = folded.OriginalEnd(i + 1);
                if (!_wholeWords || WordBoundaries.IsWholeWord(text, start, end))
                {
                    (candidates ??= []).Add(new TermMatch(TextSpan.FromBounds(start, end), term, _terms[term]));
                }
            }
        }

        return candidates is null ? [] : RemoveOverlaps(candidates);
    }

    private static List<TermMatch> RemoveOverlaps(List<TermMatch> candidates)
    {
        var result = new List<TermMatch>(candidates.Count);
        foreach (var match in candidates.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
        {
            if (result.Count == 0 || result[^1].Span.End <= match.Span.Start)
            {
                result.Add(match);
            }
        }

        return result;
    }
}

/// <summary>A term found in a text.</summary>
/// <param name="Span">Where, in the original text.</param>
/// <param name="TermIndex">Index of the term in the list given to the matcher.</param>
/// <param name="Term">The term as written in the list.</param>
public readonly record struct TermMatch(TextSpan Span, int TermIndex, string Term);
