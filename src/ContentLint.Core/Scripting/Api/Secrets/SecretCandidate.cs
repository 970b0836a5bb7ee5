using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>
/// Strings that may be credentials: runs of base64/base64url characters (letters, digits,
/// <c>+ / _ -</c>, trailing <c>=</c>) of at least 20 characters that mix classes — upper case, lower
/// case and digits, or hexadecimal of at least 32 — with enough entropy, and are neither compound
/// words (<c>etude-reseaux-sociaux-2024</c>) nor URL paths, hashtags or mentions.
/// </summary>
public static class SecretCandidate
{
    /// <summary>Minimum length.</summary>
    public const int MinLength = 20;

    /// <summary>Minimum entropy, in bits per character, of a mixed-case string.</summary>
    public const double MixedThreshold = 3.5;

    /// <summary>Minimum entropy of a hexadecimal string (at most 4 bits per character).</summary>
    public const double HexThreshold = 3.0;

    /// <summary>Runs of secret characters long enough to be looked at.</summary>
    public static IEnumerable<TextSpan> Runs(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!IsSecretChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsSecretChar(text[i]))
            {
                i++;
            }

            // '=' is base64 padding only at the end; "key=value" is two runs.
            var end = i;
            while (end < text.Length && text[end] == '=' && end - i < 2)
            {
                end++;
            }

            if (end < text.Length && IsSecretChar(text[end]))
            {
                end = i;
            }

            var preceded = start > 0 && text[start - 1] is '#' or '@' or '.' or '\\';
            if (end - start >= MinLength && !preceded)
            {
                yield return TextSpan.FromBounds(start, end);
            }
        }
    }

    /// <summary>True when the string looks random enough to be a credential.</summary>
    public static bool LooksSecret(string value)
    {
        var core = value.TrimEnd('=');
        bool upper = core.Any(char.IsAsciiLetterUpper), lower = core.Any(char.IsAsciiLetterLower), digit = core.Any(char.IsAsciiDigit);
        var hex = core.All(char.IsAsciiHexDigit) && digit && (upper ^ lower);
        if (!digit || IsCompoundOfWords(core) || IsPath(core))
        {
            return false;
        }

        return hex
            ? core.Length >= 32 && ShannonEntropy.BitsPerChar(core) >= HexThreshold
            : upper && lower && ShannonEntropy.BitsPerChar(core) >= MixedThreshold;
    }

    // "Infographie-etude-reseaux-sociaux-2024": every part a plain word or a plain number.
    private static bool IsCompoundOfWords(string value) =>
        value.Split(['-', '_', '/', '+'], StringSplitOptions.RemoveEmptyEntries)
            .All(part => part.All(char.IsAsciiLetter) || part.All(char.IsAsciiDigit));

    // "docs/api/v2/tokens": a path when it starts with a slash or no segment mixes case and digits.
    private static bool IsPath(string value) =>
        value.Contains('/', StringComparison.Ordinal)
        && (value.StartsWith('/') || !value.Split('/').Any(s => s.Any(char.IsAsciiLetterUpper) && s.Any(char.IsAsciiLetterLower) && s.Any(char.IsAsciiDigit)));

    private static bool IsSecretChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '/' or '_' or '-';
}
