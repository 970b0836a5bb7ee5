namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>The check-digit algorithms of identifiers: Luhn (cards, SIREN, SIRET) and ISO 7064 mod 97-10 (IBAN, NIR).</summary>
public static class Checksums
{
    /// <summary>True when the digits pass the Luhn test (every second digit from the right doubled, sum a multiple of 10).</summary>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return false;
        }

        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(digits[i]))
            {
                return false;
            }

            var d = digits[i] - '0';
            if (doubled)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
            doubled = !doubled;
        }

        return sum % 10 == 0;
    }

    /// <summary>
    /// The remainder modulo 97 of a number written in digits and letters, each letter counting as
    /// two digits (A = 10 … Z = 35), as IBANs are checked. -1 when another character occurs.
    /// </summary>
    public static int Mod97(ReadOnlySpan<char> value)
    {
        var remainder = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return -1;
            }
        }

        return remainder;
    }

    /// <summary>The sum of the digits (La Poste's SIRET numbers are checked by it).</summary>
    public static int DigitSum(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        foreach (var c in digits)
        {
            sum += c - '0';
        }

        return sum;
    }
}
