using System.Collections.Immutable;
using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Testing;

/// <summary>
/// Roslyn-style test markup in a post: <c>[|text|]</c> where the rule under test must report,
/// <c>{|CL2001:text|}</c> where another rule must, <c>{|#0:text|}</c> where the rule under test must
/// report the message given as <c>#0</c> in the case's <c>expect</c>. <c>[||]</c> marks an empty span.
/// </summary>
public static class MarkupParser
{
    /// <summary>The text without markup, and the expected findings (rule null = the rule under test).</summary>
    public static (string Text, ImmutableArray<ExpectedFinding> Expected) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = ImmutableArray.CreateBuilder<ExpectedFinding>();
        var open = new Stack<(int Start, string? Rule, int? MessageIndex, bool Brace)>();
        for (var i = 0; i < markup.Length; i++)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((text.Length, null, null, false));
                i++;
            }
            else if (At(markup, i, "{|") && markup.IndexOf(':', i) is var colon and > 0)
            {
                var label = markup[(i + 2)..colon];
                var index = label.StartsWith('#') && int.TryParse(label[1..], out var n) ? n : (int?)null;
                open.Push((text.Length, index is null ? label : null, index, true));
                i = colon;
            }
            else if ((At(markup, i, "|]") || At(markup, i, "|}")) && open.Count > 0 && open.Peek().Brace == (markup[i + 1] == '}'))
            {
                var (start, rule, messageIndex, _) = open.Pop();
                expected.Add(new ExpectedFinding(rule, TextSpan.FromBounds(start, text.Length), messageIndex));
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException($"Markup opened at offset {open.Peek().Start} is never closed ('|]' or '|}}').");
        }

        return (text.ToString(), expected.ToImmutable());
    }

    /// <summary>Writes markup for <paramref name="findings"/> into <paramref name="text"/> (for readable diffs).</summary>
    public static string Render(string text, IEnumerable<(string Label, TextSpan Span)> findings)
    {
        var inserts = new List<(int At, int Order, string Value)>();
        foreach (var (label, span) in findings)
        {
            inserts.Add((span.Start, 1, label.Length == 0 ? "[|" : "{|" + label + ":"));
            inserts.Add((span.End, 0, label.Length == 0 ? "|]" : "|}"));
        }

        var result = new StringBuilder(text);
        foreach (var (at, _, value) in inserts.OrderByDescending(x => x.At).ThenBy(x => x.Order))
        {
            result.Insert(at, value);
        }

        return result.ToString();
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;
}

/// <summary>A finding the markup expects.</summary>
/// <param name="RuleId">The rule, or null for the rule under test.</param>
/// <param name="Span">Where, in the text without markup.</param>
/// <param name="MessageIndex">Index into the case's <c>expect</c> messages, if any.</param>
public readonly record struct ExpectedFinding(string? RuleId, TextSpan Span, int? MessageIndex);
