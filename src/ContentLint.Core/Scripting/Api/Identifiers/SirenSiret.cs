namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// French business identifiers: SIREN (9 digits) and SIRET (SIREN + 5-digit establishment number),
/// both Luhn-valid. La Poste's establishments (SIREN 356 000 000) are numbered past what Luhn allows,
/// so INSEE checks their SIRET by a digit sum that is a multiple of 5 instead.
/// </summary>
public static class SirenSiret
{
    /// <summary>La Poste's SIREN.</summary>
    public const string LaPoste = "356000000";

    /// <summary>True when <paramref name="digits"/> is a valid SIREN.</summary>
    public static bool IsSiren(string digits) => digits.Length == 9 && digits.All(char.IsAsciiDigit) && Checksums.Luhn(digits);

    /// <summary>True when <paramref name="digits"/> is a valid SIRET.</summary>
    public static bool IsSiret(string digits)
    {
        if (digits.Length != 14 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        return digits.StartsWith(LaPoste, StringComparison.Ordinal)
            ? Checksums.Luhn(digits) || Checksums.DigitSum(digits) % 5 == 0
            : IsSiren(digits[..9]) && Checksums.Luhn(digits);
    }
}
