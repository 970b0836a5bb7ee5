using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// Reads E.164 numbers as people write them: <c>+</c>, the country code, then groups separated by a
/// space, dot or dash, with an optional area code in parentheses (<c>+1 (415) 555-2671</c>) or the
/// national trunk prefix <c>(0)</c> (<c>+33 (0)6 12 34 56 78</c>, which is dropped). 8 to 15 digits.
/// The international call prefix <c>00</c> stands for <c>+</c> (<c>0033 6 12 34 56 78</c>, <c>00 33 6…</c>,
/// <c>0044 20…</c>) when it starts a word. French numbers (<c>+33</c>) must have 9 national digits, not a special-rate <c>8</c>. A number glued
/// to a path or an encoded value (a slash, underscore, equals sign or backslash before the next space) is not one.
/// </summary>
internal static class InternationalPhones
{
    public static IEnumerable<(TextSpan Span, string Digits)> Find(string text)
    {
        for (var plus = 0; plus < text.Length; plus++)
        {
            var first = FirstDigitAfterPrefix(text, plus);
            if (first > 0 && TryRead(text, plus, first, out var end, out var digits))
            {
                yield return (TextSpan.FromBounds(plus, end), digits);
                plus = end - 1;
            }
        }
    }

    // Where the country code starts after "+" (not glued to a digit; a letter may be a lost line break's
    // "n") or a word-initial "00" (with one space allowed after it), or -1.
    private static int FirstDigitAfterPrefix(string text, int at)
    {
        var before = at > 0 ? text[at - 1] : ' ';
        var first = text[at] == '+' && !char.IsAsciiDigit(before) ? at + 1
            : !char.IsLetterOrDigit(before) && text.AsSpan(at).StartsWith("00", StringComparison.Ordinal) ? (at + 2 < text.Length && text[at + 2] == ' ' ? at + 3 : at + 2)
            : -1;
        return first > 0 && first < text.Length && char.IsAsciiDigit(text[first]) && text[first] != '0' ? first : -1;
    }

    private static bool TryRead(string text, int plus, int first, out int end, out string digits)
    {
        end = plus;
        digits = string.Empty;

        var all = new StringBuilder();
        var groups = new List<int>();
        var parentheses = false;
        var i = first;
        while (i < text.Length)
        {
            if (text[i] == '(')
            {
                var close = text.IndexOf(')', i);
                var inner = close > i + 1 && close - i - 1 <= 4 ? text[(i + 1)..close] : null;
                if (inner is null || !inner.All(char.IsAsciiDigit) || groups.Count == 0)
                {
                    break;
                }

                parentheses = true;
                if (!(inner == "0" && groups.Count == 1))
                {
                    all.Append(inner);
                    groups.Add(inner.Length);
                }

                i = close + 1;
            }
            else if (char.IsAsciiDigit(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    all.Append(text[i++]);
                }

                groups.Add(i - start);
            }
            else
            {
                break;
            }

            end = i;
            if (i + 1 < text.Length && text[i] is ' ' or '\u00A0' or '\u202F' or '.' or '-' && (char.IsAsciiDigit(text[i + 1]) || text[i + 1] == '('))
            {
                i++;
            }
            else if (i >= text.Length || !(text[i] == '(' || (text[i - 1] == ')' && char.IsAsciiDigit(text[i]))))
            {
                break;
            }
        }

        digits = all.ToString();
        return digits.Length is >= 8 and <= 15
            && !LooksLikeThousands(groups, parentheses, digits.Length)
            && (!digits.StartsWith("33", StringComparison.Ordinal) || (digits.Length == 11 && digits[2] is not '0' and not '8'))
            && !FollowedByUnit(text, end)
            && !InsideEncodedToken(text, plus, end);
    }

    // "…A+4-376954379/6_…" is part of a base64 value or a path, not a phone number: the characters
    // glued to it (up to white space) contain a slash, underscore, equals sign or backslash.
    private static bool InsideEncodedToken(string text, int start, int end)
    {
        var before = start;
        while (before > 0 && !char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }

        var after = end;
        while (after < text.Length && !char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        return text.AsSpan(before, start - before).IndexOfAny("/_=\\") >= 0 || text.AsSpan(end, after - end).IndexOfAny("/_=\\") >= 0;
    }

    // "+12 000 000" is a growth figure, not a phone number; "+351 912 345 678" has too many digits to be one.
    private static bool LooksLikeThousands(List<int> groups, bool parentheses, int digits) =>
        !parentheses && digits <= 10 && groups.Count >= 3 && groups[0] <= 3 && groups.Skip(1).All(g => g == 3);

    private static bool FollowedByUnit(string text, int end)
    {
        var rest = text.AsSpan(end).TrimStart(" \u00A0\u202F");
        return rest.Length > 0 && (rest[0] is '€' or '$' or '£' or '%' || rest.StartsWith("euro", StringComparison.OrdinalIgnoreCase));
    }
}
