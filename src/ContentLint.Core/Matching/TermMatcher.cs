using ContentLint.Core.Documents;

namespace ContentLint.Core.Matching;

/// <summary>
/// Finds any of many terms in one pass over a text (Aho–Corasick): the cost grows with the text,
/// not with the number of terms. Case- and accent-insensitive by default; whole words by default,
/// with French elisions and hyphens respected (<see cref="WordBoundaries"/>).
/// </summary>
public sealed class TermMatcher
{
    private readonly List<Dictionary<char, int>> _next = [[]];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>> _output = [[]];
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
        _lengths = new int[_terms.Length];
        for (var i = 0; i < _terms.Length; i++)
        {
            var folded = FoldedText.FoldTerm(_terms[i], caseSensitive, accentSensitive);
            _lengths[i] = folded.Length;
            Insert(folded, i);
        }

        BuildFailureLinks();
    }

    /// <summary>Number of terms.</summary>
    public int Count => _terms.Length;

    /// <summary>Non-overlapping matches in text order (at one position the longest term wins).</summary>
    public IReadOnlyList<TermMatch> Matches(string text)
    {
        var folded = FoldedText.Create(text, _caseSensitive, _accentSensitive);
        var value = folded.Value;
        var candidates = new List<TermMatch>();
        var state = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            while (state != 0 && !_next[state].ContainsKey(c))
            {
                state = _fail[state];
            }

            state = _next[state].GetValueOrDefault(c);
            foreach (var term in _output[state])
            {
                var start = folded.OriginalOffset(i + 1 - _lengths[term]);
                var end = folded.OriginalEnd(i + 1);
                if (!_wholeWords || WordBoundaries.IsWholeWord(text, start, end))
                {
                    candidates.Add(new TermMatch(TextSpan.FromBounds(start, end), term, _terms[term]));
                }
            }
        }

        return RemoveOverlaps(candidates);
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

    private void Insert(string term, int index)
    {
        var state = 0;
        foreach (var c in term)
        {
            if (!_next[state].TryGetValue(c, out var next))
            {
                next = _next.Count;
                _next.Add([]);
                _fail.Add(0);
                _output.Add([]);
                _next[state][c] = next;
            }

            state = next;
        }

        _output[state].Add(index);
    }

    private void BuildFailureLinks()
    {
        var queue = new Queue<int>(_next[0].Values);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in _next[state])
            {
                queue.Enqueue(child);
                var fail = _fail[state];
                while (fail != 0 && !_next[fail].ContainsKey(c))
                {
                    fail = _fail[fail];
                }

                _fail[child] = _next[fail].TryGetValue(c, out var target) && target != child ? target : 0;
                _output[child].AddRange(_output[_fail[child]]);
            }
        }
    }
}

/// <summary>A term found in a text.</summary>
/// <param name="Span">Where, in the original text.</param>
/// <param name="TermIndex">Index of the term in the list given to the matcher.</param>
/// <param name="Term">The term as written in the list.</param>
public readonly record struct TermMatch(TextSpan Span, int TermIndex, string Term);
