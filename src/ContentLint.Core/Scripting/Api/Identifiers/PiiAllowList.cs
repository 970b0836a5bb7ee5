using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;
using System.Text;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// <c>pii.allow</c>: the brand's public addresses and numbers, compared normalised so that the way
/// they are written does not matter: e-mail addresses ignore case (<c>*@brand.example</c> allows a
/// whole domain); numbers ignore spaces, dots, dashes and <c>(0)</c>, and <c>+33</c> or <c>0033</c>
/// equals a leading <c>0</c>; IBANs ignore spaces and case.
/// </summary>
public sealed class PiiAllowList
{
    private static readonly ConditionalWeakTable<ContentPolicy, PiiAllowList> Lists = [];
    private readonly FrozenSet<string> _values;
    private readonly FrozenSet<string> _domains;

    /// <summary>The list of <paramref name="entries"/> as configured.</summary>
    public PiiAllowList(IEnumerable<string> entries)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var domains = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var normalized = Normalize(entry);
            if (normalized.StartsWith("*@", StringComparison.Ordinal))
            {
                domains.Add(normalized[2..]);
            }
            else if (normalized.Length > 0)
            {
                values.Add(normalized);
            }
        }

        _values = values.ToFrozenSet(StringComparer.Ordinal);
        _domains = domains.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The <c>pii.allow</c> list of <paramref name="policy"/>, built once per configuration.</summary>
    public static PiiAllowList Of(ContentPolicy policy) => Lists.GetValue(policy, p => new PiiAllowList(p.PiiAllow));

    /// <summary>True when <paramref name="value"/> (as written in a post) is allowed.</summary>
    public bool Allows(string value)
    {
        var normalized = Normalize(value);
        var at = normalized.LastIndexOf('@');
        return _values.Contains(normalized) || (at > 0 && _domains.Contains(normalized[(at + 1)..]));
    }

    /// <summary>The comparison form of an address or number.</summary>
    public static string Normalize(string value)
    {
        var text = value.Trim();
        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return text.ToLowerInvariant();
        }

        var compact = new StringBuilder(text.Length);
        foreach (var c in text.Replace("(0)", string.Empty, StringComparison.Ordinal))
        {
            if (char.IsAsciiLetterOrDigit(c) || (c == '+' && compact.Length == 0))
            {
                compact.Append(char.ToUpperInvariant(c));
            }
        }

        var result = compact.ToString();
        return result.StartsWith("+33", StringComparison.Ordinal) ? "0" + result[3..]
            : result.StartsWith("0033", StringComparison.Ordinal) ? "0" + result[4..]
            : result.StartsWith('+') ? "00" + result[1..]
            : result;
    }
}
