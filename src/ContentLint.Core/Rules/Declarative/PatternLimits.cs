using System.Globalization;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>
/// Limits on a declarative rule's pattern. The linear-time engine (<c>RegexOptions.NonBacktracking</c>)
/// is linear in the text but not in the pattern: a counted repetition is unrolled, so
/// <c>.*a.{8000}c</c> costs 8,000 states per character of the post (72 s on 1 MB). Patterns are
/// refused at load (CL0051) when too long or when a repetition count — counts multiply when nested —
/// is too high, and every match runs under <see cref="MatchTimeout"/> (CL0034 for that post).
/// </summary>
public static class PatternLimits
{
    /// <summary>Longest pattern, in characters.</summary>
    public const int MaxLength = 10_000;

    /// <summary>Most characters counted repetitions (<c>{n}</c>, <c>{n,m}</c>) may unroll to: <c>(ab){600}</c> is 1,200, nested counts multiply, sibling counts add.</summary>
    public const int MaxRepetition = 1_000;

    /// <summary>The time one pattern may take on one post.</summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Why <paramref name="pattern"/> is over the limits, or null.</summary>
    public static string? Check(string pattern)
    {
        if (pattern.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the pattern is {pattern.Length} characters long, more than {MaxLength}");
        }

        var count = new Scanner(pattern).Sequence().Counted;
        return count > MaxRepetition
            ? string.Create(CultureInfo.InvariantCulture, $"its counted repetitions unroll to {count} states, more than {MaxRepetition}; the engine would step through each of them at every character of a post")
            : null;
    }

    /// <summary>A recursive descent over the pattern that only tracks groups, classes, escapes and counted repetitions.</summary>
    private sealed class Scanner(string p)
    {
        private int _at;

        /// <summary>The sequence up to the next unmatched ')': its size in atoms, and its counted size (what counted repetitions unroll to).</summary>
        public (long Size, long Counted) Sequence()
        {
            long size = 0, counted = 0;
            while (_at < p.Length && p[_at] != ')')
            {
                if (p[_at] == '|')
                {
                    _at++;
                    continue;
                }

                var (atomSize, atomCounted) = Atom();
                var bound = Quantifier();
                var unrolled = bound > 1 ? Math.Min(atomSize * bound, int.MaxValue) : 1;
                size = Math.Min(size + (bound > 1 ? unrolled : atomSize), int.MaxValue);
                counted = Math.Min(counted + (bound > 1 ? unrolled : atomCounted), int.MaxValue);
            }

            return (size, counted);
        }

        private (long Size, long Counted) Atom()
        {
            switch (p[_at])
            {
                case '\\':
                    _at += 2;
                    if (_at < p.Length && p[_at - 1] is 'p' or 'P' && p[_at] == '{')
                    {
                        SkipPast('}');
                    }

                    return (1, 0);
                case '[':
                    _at++;
                    SkipClass();
                    return (1, 0);
                case '(':
                    _at++;
                    var inner = Sequence();
                    _at = Math.Min(_at + 1, p.Length);
                    return inner;
                default:
                    _at++;
                    return (1, 0);
            }
        }

        private long Quantifier()
        {
            if (_at < p.Length && p[_at] == '{' && p.IndexOf('}', _at) is var end and > 0)
            {
                var parts = p[(_at + 1)..end].Split(',');
                if (parts.Length <= 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var low))
                {
                    var high = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h) ? h : low;
                    _at = end + 1;
                    SkipLazy();
                    return Math.Max(1, Math.Max(low, high));
                }
            }

            if (_at < p.Length && p[_at] is '*' or '+' or '?')
            {
                _at++;
                SkipLazy();
            }

            return 1;
        }

        private void SkipLazy()
        {
            if (_at < p.Length && p[_at] == '?')
            {
                _at++;
            }
        }

        private void SkipClass()
        {
            if (_at < p.Length && p[_at] == '^')
            {
                _at++;
            }

            var first = true;
            while (_at < p.Length && (p[_at] != ']' || first))
            {
                first = false;
                _at += p[_at] == '\\' ? 2 : p[_at] == '[' ? SkipNested() : 1;
            }

            _at++;
        }

        private int SkipNested()
        {
            var start = _at;
            _at++;
            SkipClass();
            var length = _at - start;
            _at = start;
            return length;
        }

        private void SkipPast(char close)
        {
            var end = p.IndexOf(close, _at);
            _at = end < 0 ? p.Length : end + 1;
        }
    }
}
