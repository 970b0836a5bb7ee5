using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>
/// One gitleaks allowlist of a ported rule (or the global one): regexes tried on the secret, the whole
/// match or its line, and stop words looked for in the lower-cased secret. With the <c>OR</c> condition
/// one of them is enough; with <c>AND</c> every kind present must hold.
/// </summary>
/// <param name="RequiresAll">The <c>AND</c> condition.</param>
/// <param name="Target">What the regexes are tried on: <c>secret</c>, <c>match</c> or <c>line</c>.</param>
/// <param name="Regexes">Patterns whose match allows the finding.</param>
/// <param name="StopWords">Lower-case words whose presence in the secret allows the finding.</param>
public sealed record SecretAllowlist(bool RequiresAll, string Target, IReadOnlyList<Regex> Regexes, IReadOnlyList<string> StopWords)
{
    /// <summary>True when this allowlist lets the finding go.</summary>
    /// <param name="secret">The secret (the rule's secret group, or the match).</param>
    /// <param name="match">The whole match of the rule.</param>
    /// <param name="line">The line holding the match.</param>
    public bool Allows(string secret, string match, string line)
    {
        var target = Target switch
        {
            "match" => match,
            "line" => line,
            _ => secret,
        };
        var regexAllowed = Regexes.Any(regex => regex.IsMatch(target));
        var lower = secret.ToLowerInvariant();
        var stopWord = StopWords.Any(word => lower.Contains(word, StringComparison.Ordinal));
        if (!RequiresAll)
        {
            return regexAllowed || stopWord;
        }

        return (Regexes.Count == 0 || regexAllowed) && (StopWords.Count == 0 || stopWord) && (Regexes.Count + StopWords.Count) > 0;
    }
}
