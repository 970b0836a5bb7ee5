using System.Numerics;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Suppressions;

/// <summary>
/// The suppression entries of one file, grouped by rule and ordered by where their scope starts, so
/// that finding the entries covering a diagnostic costs O(log n) (plus once per entry marked used),
/// where testing every entry against every diagnostic was quadratic on a long post.
/// </summary>
internal sealed class SuppressionIndex
{
    private readonly Dictionary<RuleDescriptor, ScopeGroup> _byRule = [];
    private readonly ScopeGroup? _everyRule;

    public SuppressionIndex(IReadOnlyCollection<SuppressionEntry> entries)
    {
        foreach (var group in entries.Where(e => e.Rule is not null).GroupBy(e => e.Rule!))
        {
            _byRule[group.Key] = new ScopeGroup([.. group]);
        }

        var everyRule = entries.Where(e => e.Rule is null).ToList();
        _everyRule = everyRule.Count > 0 ? new ScopeGroup(everyRule) : null;
    }

    /// <summary>Marks every entry covering <paramref name="diagnostic"/> used; true when there is one.</summary>
    public bool Suppress(Diagnostic diagnostic)
    {
        var byRule = _byRule.TryGetValue(diagnostic.Rule, out var group) && group.Suppress(diagnostic);
        var byAll = _everyRule?.Suppress(diagnostic) == true;
        return byRule || byAll;
    }

    /// <summary>
    /// Entries of one rule. An entry covers a diagnostic starting at p when its scope contains p, or is
    /// empty at p, or (for an empty diagnostic) ends at p: see <see cref="SuppressionEntry.Covers"/>.
    /// </summary>
    private sealed class ScopeGroup
    {
        private readonly SuppressionEntry[] _byStart;
        private readonly int[] _starts;
        private readonly int[] _maxEnds; // the largest scope end among _byStart[0..i]
        private readonly HashSet<int> _emptyAt = []; // where empty scopes are
        private readonly Dictionary<int, List<int>> _emptyNotUsedAt = []; // the same, by position: indices in _byStart not yet marked
        private readonly int[] _unused; // a max tree of the scope ends of the entries not yet used
        private readonly int _leaves;

        public ScopeGroup(List<SuppressionEntry> entries)
        {
            _byStart = [.. entries.OrderBy(e => e.Scope.Start)];
            _starts = [.. _byStart.Select(e => e.Scope.Start)];
            _maxEnds = new int[_byStart.Length];
            _leaves = (int)BitOperations.RoundUpToPowerOf2((uint)_byStart.Length);
            _unused = new int[2 * _leaves];
            Array.Fill(_unused, int.MinValue);
            for (var i = 0; i < _byStart.Length; i++)
            {
                var scope = _byStart[i].Scope;
                _maxEnds[i] = Math.Max(scope.End, i > 0 ? _maxEnds[i - 1] : int.MinValue);
                _unused[_leaves + i] = scope.End;
                if (scope.IsEmpty)
                {
                    _emptyAt.Add(scope.Start);
                    _emptyNotUsedAt.TryAdd(scope.Start, []);
                    _emptyNotUsedAt[scope.Start].Add(i);
                }
            }

            for (var node = _leaves - 1; node >= 1; node--)
            {
                _unused[node] = Math.Max(_unused[2 * node], _unused[(2 * node) + 1]);
            }
        }

        public bool Suppress(Diagnostic diagnostic)
        {
            var at = diagnostic.Span.Start;
            var count = CountStartingAtOrBefore(at);
            if (count == 0)
            {
                return false;
            }

            // A scope ending exactly at p covers only an empty diagnostic (or is itself empty at p).
            var minEnd = diagnostic.Span.IsEmpty ? at : at + 1;
            var covered = _maxEnds[count - 1] >= minEnd || _emptyAt.Contains(at);
            if (covered)
            {
                MarkUsed(count, minEnd);
                if (_emptyNotUsedAt.Remove(at, out var empty))
                {
                    empty.ForEach(i => Use(_leaves + i));
                }
            }

            return covered;
        }

        // Marks used every entry not used yet among the first `count` whose scope ends at or after `minEnd`.
        private void MarkUsed(int count, int minEnd)
        {
            var pending = new Stack<(int Node, int First, int Width)>();
            pending.Push((1, 0, _leaves));
            while (pending.Count > 0)
            {
                var (node, first, width) = pending.Pop();
                if (_unused[node] < minEnd || first >= count)
                {
                    continue;
                }

                if (width == 1)
                {
                    Use(node);
                    continue;
                }

                pending.Push(((2 * node) + 1, first + (width / 2), width / 2));
                pending.Push((2 * node, first, width / 2));
            }
        }

        private void Use(int leaf)
        {
            _byStart[leaf - _leaves].Used = true;
            _unused[leaf] = int.MinValue;
            for (var node = leaf / 2; node >= 1; node /= 2)
            {
                _unused[node] = Math.Max(_unused[2 * node], _unused[(2 * node) + 1]);
            }
        }

        private int CountStartingAtOrBefore(int offset)
        {
            int low = 0, high = _starts.Length;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (_starts[mid] <= offset)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }
    }
}
