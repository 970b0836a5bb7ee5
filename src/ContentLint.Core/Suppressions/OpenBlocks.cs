using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Suppressions;

/// <summary>
/// The <c>contentlint-disable</c> blocks not closed yet, by rule, so that an enable comment closes
/// its blocks without scanning every open one (a file may hold tens of thousands of comments).
/// </summary>
internal sealed class OpenBlocks
{
    private readonly Dictionary<RuleDescriptor, List<SuppressionEntry>> _byRule = [];
    private readonly List<SuppressionEntry> _everyRule = [];

    public void Open(IEnumerable<SuppressionEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Rule is null)
            {
                _everyRule.Add(entry);
            }
            else if (_byRule.TryGetValue(entry.Rule, out var list))
            {
                list.Add(entry);
            }
            else
            {
                _byRule[entry.Rule] = [entry];
            }
        }
    }

    /// <summary>Ends at <paramref name="end"/> the open blocks of <paramref name="rules"/> (null: every open block).</summary>
    public void Close(IEnumerable<RuleDescriptor>? rules, int end)
    {
        if (rules is null)
        {
            Close(_everyRule, end);
            foreach (var list in _byRule.Values)
            {
                Close(list, end);
            }

            _byRule.Clear();
            return;
        }

        foreach (var rule in rules)
        {
            if (_byRule.Remove(rule, out var list))
            {
                Close(list, end);
            }
        }
    }

    private static void Close(List<SuppressionEntry> blocks, int end)
    {
        foreach (var open in blocks)
        {
            open.Scope = TextSpan.FromBounds(open.Scope.Start, end);
        }

        blocks.Clear();
    }
}
