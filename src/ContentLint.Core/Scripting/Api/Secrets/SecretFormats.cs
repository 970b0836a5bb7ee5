using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>
/// Credentials whose format gives them away: AWS access key IDs, GitHub tokens, Slack tokens, Google
/// API keys, Stripe live keys, JSON Web Tokens (whose header decodes to JSON with <c>alg</c>) and PEM
/// private-key headers. Values containing <c>EXAMPLE</c> are the vendors' documentation samples
/// (<c>AKIAIOSFODNN7EXAMPLE</c>) and are not reported.
/// </summary>
public static partial class SecretFormats
{
    private static readonly (string Kind, Func<Regex> Pattern)[] Formats =
    [
        ("AWS access key ID", Aws),
        ("GitHub token", GitHub),
        ("Slack token", Slack),
        ("Google API key", Google),
        ("Stripe live key", Stripe),
        ("JSON Web Token", Jwt),
        ("PEM private key", Pem),
    ];

    /// <summary>Every known-format secret of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<(TextSpan Span, string Kind)> Find(string text)
    {
        var found = new List<(TextSpan Span, string Kind)>();
        foreach (var (kind, pattern) in Formats)
        {
            foreach (Match match in pattern().Matches(text))
            {
                if (!match.Value.Contains("EXAMPLE", StringComparison.Ordinal) && (kind != "JSON Web Token" || IsJwt(match.Value)))
                {
                    found.Add((new TextSpan(match.Index, match.Length), kind));
                }
            }
        }

        return found.OrderBy(f => f.Span.Start);
    }

    /// <summary>True when the first part of a dotted token decodes (base64url) to a JSON object with an <c>alg</c> member.</summary>
    public static bool IsJwt(string token)
    {
        var header = token[..token.IndexOf('.', StringComparison.Ordinal)].Replace('-', '+').Replace('_', '/');
        header = header.PadRight(header.Length + ((4 - (header.Length % 4)) % 4), '=');
        try
        {
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("alg", out _);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or ArgumentException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex Aws();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})(?![A-Za-z0-9_])", RegexOptions.CultureInvariant)]
    private static partial Regex GitHub();

    [GeneratedRegex(@"(?<![A-Za-z0-9])xox[abprs]-[A-Za-z0-9]+(?:-[A-Za-z0-9]+){1,6}(?![A-Za-z0-9-])", RegexOptions.CultureInvariant)]
    private static partial Regex Slack();

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-])AIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Google();

    [GeneratedRegex(@"(?<![A-Za-z0-9_])(?:sk|rk)_live_[0-9A-Za-z]{10,247}(?![0-9A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Stripe();

    [GeneratedRegex(@"(?<![A-Za-z0-9_\-.])eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*(?![A-Za-z0-9_\-]|\.[A-Za-z0-9_\-])", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----", RegexOptions.CultureInvariant)]
    private static partial Regex Pem();
}
