using System.Text;

namespace ContentLint.Core.Rules.Declarative;

/// <summary>
/// Finds the pairs of a substitution rule whose replacement the rule itself rewrites again without
/// end: <c>aaaa: bbbb</c> with <c>bbbb: aaaa</c> (a cycle), or <c>x: x y</c> (it grows). Each
/// replacement is rewritten with the rule's own matcher, as <c>--fix</c> would do pass after pass.
/// </summary>
internal static class SelfUndoingSwaps
{
    /// <summary>Indexes of the pairs whose replacement never settles under <paramref name="pattern"/>.</summary>
    public static List<int> Find(TextPattern pattern, IReadOnlyList<string> replacements)
    {
        var unsettled = new List<int>();
        for (var i = 0; i < replacements.Count; i++)
        {
            var text = replacements[i];
            var seen = new HashSet<string>(StringComparer.Ordinal) { text };

            // An acyclic chain of pairs settles within as many rewrites as there are pairs.
            for (var rewrite = 0; rewrite <= replacements.Count; rewrite++)
            {
                var next = Rewrite(pattern, text);
                if (next == text)
                {
                    break;
                }

                if (!seen.Add(next) || rewrite == replacements.Count)
                {
                    unsettled.Add(i);
                    break;
                }

                text = next;
            }
        }

        return unsettled;
    }

    /// <summary>One pass of the substitution over <paramref name="text"/> (text already as expected is left alone).</summary>
    private static string Rewrite(TextPattern pattern, string text)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var match in pattern.Matches(text))
        {
            if (match.Replacement is { } replacement && !string.Equals(match.Text, replacement, StringComparison.Ordinal))
            {
                result.Append(text, position, match.Span.Start - position).Append(replacement);
                position = match.Span.End;
            }
        }

        return result.Append(text, position, text.Length - position).ToString();
    }
}
