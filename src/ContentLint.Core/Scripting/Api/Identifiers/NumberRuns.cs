using System.Collections.Immutable;
using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// Finds the written numbers of a text (<see cref="NumberRun"/>) and tells whether one stands on its
/// own: not glued to a word (<c>fbx35105418</c>), not part of a decimal or a longer number, not an amount.
/// </summary>
internal static class NumberRuns
{
    /// <summary>Every maximal run of digits and single separators of one kind.</summary>
    public static IEnumerable<NumberRun> Find(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digits = new StringBuilder();
            var groups = ImmutableArray.CreateBuilder<int>();
            char? separator = null;
            while (true)
            {
                var groupStart = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    digits.Append(text[i++]);
                }

                groups.Add(i - groupStart);
                if (i + 1 < text.Length && SeparatorKind(text[i]) is { } kind && char.IsAsciiDigit(text[i + 1]) && (separator is null || separator == kind))
                {
                    separator = kind;
                    i++;
                    continue;
                }

                break;
            }

            yield return new NumberRun(TextSpan.FromBounds(start, i), digits.ToString(), groups.ToImmutable(), separator);
        }
    }

    /// <summary>
    /// True when the run stands alone: no letter or digit just before it (nor one and a decimal
    /// point, dash or underscore: <c>fi-78672</c>), no digit just after it (nor a decimal point and a digit), and no currency around it.
    /// A letter just after is accepted: exported posts often glue a lost line break as "n".
    /// </summary>
    public static bool IsStandalone(string text, NumberRun run)
    {
        var start = run.Span.Start;
        var end = run.Span.End;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '€' or '$' or '£' or '¥'))
        {
            return false;
        }

        if (start > 1 && text[start - 1] is '.' or ',' or '-' or '/' or '_' && char.IsLetterOrDigit(text[start - 2]))
        {
            return false;
        }

        if (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            return false;
        }

        if (end + 1 < text.Length && text[end] is '.' or ',' or '/' && char.IsAsciiDigit(text[end + 1]))
        {
            return false;
        }

        return !IsFollowedByCurrency(text, end);
    }

    private static bool IsFollowedByCurrency(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(" \u00A0\u202F");
        return rest.Length > 0 && (rest[0] is '€' or '$' or '£' or '¥' or '%'
            || rest.StartsWith("EUR", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("euro", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The lower-cased text of up to <paramref name="words"/> words before <paramref name="start"/>.</summary>
    public static string WordsBefore(string text, int start, int words)
    {
        var from = start;
        var seen = 0;
        while (from > 0 && seen < words)
        {
            from--;
            if (char.IsWhiteSpace(text[from]) && from + 1 < start && !char.IsWhiteSpace(text[from + 1]))
            {
                seen++;
            }
        }

        return text[from..start].ToLowerInvariant();
    }

    private static char? SeparatorKind(char c) => c switch
    {
        ' ' or '\u00A0' or '\u202F' or '\u2009' => ' ',
        '.' or '-' => c,
        _ => null,
    };
}
