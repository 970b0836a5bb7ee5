using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// IBANs written with or without spaces, in any case, that pass the mod-97 check for their country's length.
/// </summary>
internal static class IbanReadings
{
    /// <summary>Letters, a length fixed per country and a mod-97 check: no other reading is as specific.</summary>
    private const int Score = 100;

    /// <summary>Every valid IBAN of <paramref name="text"/>.</summary>
    public static IEnumerable<NumberReading> Read(string text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsAsciiLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            if (TryRead(text, i, out var end, out var compact))
            {
                var match = new IdentifierMatch(NumberIdentity.Iban, TextSpan.FromBounds(i, end), compact, text[i..end]);
                yield return new NumberReading(NumberIdentity.Iban, Score, match);
                i = end;
            }
        }
    }

    // Reads exactly the country's length of letters and digits, allowing one space between characters.
    private static bool TryRead(string text, int start, out int end, out string compact)
    {
        end = start;
        compact = string.Empty;
        if (!char.IsAsciiLetter(text[start + 1]) || !Iban.Lengths.TryGetValue(text.Substring(start, 2).ToUpperInvariant(), out var length))
        {
            return false;
        }

        var value = new StringBuilder(length);
        var i = start;
        while (i < text.Length && value.Length < length)
        {
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                value.Append(char.ToUpperInvariant(text[i++]));
            }
            else if (text[i] is ' ' or '\u00A0' or '\u202F' && value.Length >= 4 && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                return false;
            }
        }

        end = i;
        compact = value.ToString();
        return value.Length == length && (i == text.Length || !char.IsLetterOrDigit(text[i])) && Iban.IsValid(compact);
    }
}
