using System.Globalization;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// The French social security number (NIR, INSEE registration number): sex (1 or 2), year, month
/// (01–12, or 20 and above where INSEE records an unknown month), department (01–99, <c>2A</c> or
/// <c>2B</c> for Corsica), commune, order number, then a key equal to 97 − (the 13-digit number mod 97).
/// For Corsica the official rule replaces <c>2A</c> by 19 and <c>2B</c> by 18 before computing the key.
/// </summary>
public static class Nir
{
    /// <summary>True when the 15 characters (13 with the department possibly <c>2A</c>/<c>2B</c>, then the key) form a valid NIR.</summary>
    public static bool IsValid(string compact)
    {
        if (compact.Length != 15 || compact[0] is not ('1' or '2'))
        {
            return false;
        }

        var department = compact.Substring(5, 2).ToUpperInvariant();
        var number = department switch
        {
            "2A" => string.Concat(compact.AsSpan(0, 5), "19", compact.AsSpan(7, 6)),
            "2B" => string.Concat(compact.AsSpan(0, 5), "18", compact.AsSpan(7, 6)),
            _ => compact[..13],
        };

        if (!number.All(char.IsAsciiDigit) || compact.AsSpan(13).ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var month = int.Parse(compact.AsSpan(3, 2), CultureInfo.InvariantCulture);
        if (month is 0 or (> 12 and < 20) || department == "00")
        {
            return false;
        }

        var key = int.Parse(compact.AsSpan(13, 2), CultureInfo.InvariantCulture);
        return key == Key(number);
    }

    /// <summary>The key of a 13-digit number (Corsican departments already replaced).</summary>
    public static int Key(string thirteenDigits) => 97 - (int)(long.Parse(thirteenDigits, CultureInfo.InvariantCulture) % 97);
}
