namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// Issuer identification numbers (the first digits of a card number) of the main card networks, with
/// the lengths each issues (Visa 13, 16 or 19 digits, never 14: a SIRET starting with 4 is not a Visa).
/// A Luhn-valid number without a known prefix is not taken for a card.
/// </summary>
public static class CardBrands
{
    private static readonly (int Low, int High, int Digits, int MinLength, int MaxLength, string Brand)[] Ranges =
    [
        (4, 4, 1, 13, 13, "Visa"),
        (4, 4, 1, 16, 16, "Visa"),
        (4, 4, 1, 19, 19, "Visa"),
        (51, 55, 2, 16, 16, "Mastercard"),
        (2221, 2720, 4, 16, 16, "Mastercard"),
        (34, 34, 2, 15, 15, "American Express"),
        (37, 37, 2, 15, 15, "American Express"),
        (6011, 6011, 4, 16, 19, "Discover"),
        (644, 649, 3, 16, 19, "Discover"),
        (65, 65, 2, 16, 19, "Discover"),
        (62, 62, 2, 16, 19, "UnionPay"),
        (3528, 3589, 4, 16, 19, "JCB"),
        (300, 305, 3, 14, 19, "Diners Club"),
        (36, 36, 2, 14, 19, "Diners Club"),
        (38, 39, 2, 16, 19, "Diners Club"),
        (2200, 2204, 4, 16, 19, "Mir"),
        (5018, 5018, 4, 13, 19, "Maestro"),
        (5020, 5020, 4, 13, 19, "Maestro"),
        (5038, 5038, 4, 13, 19, "Maestro"),
        (5893, 5893, 4, 13, 19, "Maestro"),
        (6304, 6304, 4, 13, 19, "Maestro"),
        (6759, 6759, 4, 13, 19, "Maestro"),
        (6761, 6763, 4, 13, 19, "Maestro"),
    ];

    /// <summary>The network whose prefix and length fit <paramref name="digits"/>, or null.</summary>
    public static string? Of(string digits)
    {
        foreach (var (low, high, prefixDigits, min, max, brand) in Ranges)
        {
            if (digits.Length >= min && digits.Length <= max && int.TryParse(digits.AsSpan(0, prefixDigits), out var prefix) && prefix >= low && prefix <= high)
            {
                return brand;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="digits"/> is a card number: 13–19 digits, a known prefix for its length, Luhn-valid.</summary>
    public static bool IsCardNumber(string digits) =>
        digits.Length is >= 13 and <= 19 && Of(digits) is not null && Checksums.Luhn(digits);
}
