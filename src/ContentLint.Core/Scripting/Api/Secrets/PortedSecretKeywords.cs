using System.Buffers;

namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>
/// Which ported rules a text can trigger: gitleaks runs a rule only when the lower-cased text contains one
/// of its keywords. Looking for each rule's keywords in turn scanned a post some 290 times; here one
/// multi-string search (<see cref="SearchValues{T}"/> over every keyword of every rule) finds each place
/// where some keyword starts, and only the keywords starting with that character are compared there.
/// The result is the same set of rules as <c>lowered.Contains(keyword)</c> per keyword.
/// </summary>
internal sealed class PortedSecretKeywords
{
    private readonly IReadOnlyList<PortedSecretRule> _rules;
    private readonly SearchValues<string>? _anyKeyword;
    private readonly Dictionary<char, (string Keyword, int[] Rules)[]> _byFirstChar;
    private readonly bool[] _always;

    /// <summary>An index over the keywords of <paramref name="rules"/>.</summary>
    public PortedSecretKeywords(IReadOnlyList<PortedSecretRule> rules)
    {
        _rules = rules;
        _always = [.. rules.Select(rule => rule.Keywords.Count == 0 || rule.Keywords.Any(keyword => keyword.Length == 0))];
        var keywords = rules
            .SelectMany((rule, index) => rule.Keywords.Where(keyword => keyword.Length > 0).Select(keyword => (Keyword: keyword, Rule: index)))
            .GroupBy(k => k.Keyword, StringComparer.Ordinal)
            .Select(g => (Keyword: g.Key, Rules: g.Select(k => k.Rule).Distinct().ToArray()))
            .ToList();
        _anyKeyword = keywords.Count == 0 ? null : SearchValues.Create([.. keywords.Select(k => k.Keyword)], StringComparison.Ordinal);
        _byFirstChar = keywords.GroupBy(k => k.Keyword[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The rules, in their order, that have no keyword or one of whose keywords <paramref name="text"/> holds in lower case.</summary>
    public List<PortedSecretRule> Triggered(string text)
    {
        var rented = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var triggered = new bool[_rules.Count];
        try
        {
            var lowered = rented.AsSpan(0, text.Length);
            text.AsSpan().ToLowerInvariant(lowered);
            Mark(lowered, triggered);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        var found = new List<PortedSecretRule>();
        for (var i = 0; i < triggered.Length; i++)
        {
            if (triggered[i] || _always[i])
            {
                found.Add(_rules[i]);
            }
        }

        return found;
    }

    private void Mark(ReadOnlySpan<char> lowered, bool[] triggered)
    {
        if (_anyKeyword is null)
        {
            return;
        }

        var offset = 0;
        while (offset < lowered.Length)
        {
            var at = lowered[offset..].IndexOfAny(_anyKeyword);
            if (at < 0)
            {
                return;
            }

            offset += at;
            var rest = lowered[offset..];
            foreach (var (keyword, rules) in _byFirstChar[rest[0]])
            {
                if (rest.StartsWith(keyword, StringComparison.Ordinal))
                {
                    foreach (var rule in rules)
                    {
                        triggered[rule] = true;
                    }
                }
            }

            offset++;
        }
    }
}
