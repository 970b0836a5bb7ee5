using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>
/// One rule of gitleaks' default configuration, run as gitleaks runs it: only when the text holds one of
/// its keywords; the secret is the rule's secret group, or else its first non-empty group, or else the
/// whole match; it is reported when its entropy is above the rule's threshold and no allowlist (the
/// rule's or the global one) lets it go.
/// </summary>
/// <param name="Id">gitleaks' rule id, e.g. <c>openai-api-key</c>.</param>
/// <param name="Description">gitleaks' description.</param>
/// <param name="Regex">The rule's regex, built with the non-backtracking engine (linear in the text) on
/// the first text whose quick test passes (see <paramref name="Quick"/>).</param>
/// <param name="Quick">The same pattern on the backtracking interpreter with a short time-out, asked only whether the
/// text holds a match at all. Building a non-backtracking regex costs milliseconds (its automaton over Unicode classes;
/// 10–25 ms for some of these patterns), the interpreter's a few microseconds, and most texts that hold a keyword ("s."
/// for Vault tokens, "twitter") hold no secret: a batch check built some 150 ms of automata to find nothing. Both
/// engines accept the same texts for these patterns; a quick test that times out (a pattern that backtracks badly on
/// this text) counts as "maybe", and the linear engine decides, for this text and every later one.</param>
/// <param name="SecretGroup">The group holding the secret, 0 when gitleaks sets none.</param>
/// <param name="Entropy">Minimum Shannon entropy (bits per character) of the secret, 0 for none.</param>
/// <param name="Keywords">Lower-case words one of which the text must contain; empty for none.</param>
/// <param name="Allowlists">The rule's own allowlists.</param>
public sealed record PortedSecretRule(
    string Id, string Description, Lazy<Regex> Regex, Lazy<Regex> Quick, int SecretGroup, double Entropy, IReadOnlyList<string> Keywords, IReadOnlyList<SecretAllowlist> Allowlists)
{
    /// <summary>How long the quick test may take on one text before the linear engine decides.</summary>
    public static readonly TimeSpan QuickTimeout = TimeSpan.FromMilliseconds(2);

    /// <summary>The regex, built on first use (a pattern the engine cannot run throws, naming the rule).</summary>
    public Regex Pattern => Regex.Value;

    /// <summary>The secrets this rule finds in <paramref name="text"/>.</summary>
    /// <param name="text">The text searched.</param>
    /// <param name="lowered">The same text in lower case (keywords are looked for in it).</param>
    /// <param name="global">The allowlists of every rule.</param>
    public IEnumerable<TextSpan> Find(string text, string lowered, IReadOnlyList<SecretAllowlist> global) =>
        Keywords.Count > 0 && !Keywords.Any(keyword => lowered.Contains(keyword, StringComparison.Ordinal)) ? [] : FindIn(text, global);

    /// <summary>
    /// The secrets this rule finds in <paramref name="text"/>, its keywords being known to occur in it
    /// (<see cref="PortedSecretRules.Triggered"/> picked it): the regex alone.
    /// </summary>
    /// <param name="text">The text searched.</param>
    /// <param name="global">The allowlists of every rule.</param>
    public IEnumerable<TextSpan> FindIn(string text, IReadOnlyList<SecretAllowlist> global)
    {
        if (!MayMatch(text))
        {
            yield break;
        }

        foreach (Match match in Pattern.Matches(text))
        {
            var secret = SecretOf(match);
            if (Entropy > 0 && ShannonEntropy.BitsPerChar(secret.ValueSpan) <= Entropy)
            {
                continue;
            }

            var line = LineOf(text, match);
            if (global.Concat(Allowlists).Any(list => list.Allows(secret.Value, match.Value, line)))
            {
                continue;
            }

            yield return new TextSpan(secret.Index, secret.Length);
        }
    }

    // Set once the quick test has timed out: from then on the linear engine, built by then, decides alone, so a file of
    // posts written to make this pattern backtrack costs one time-out per rule, not one per post.
    private volatile bool _quickGaveUp;

    /// <summary>Whether the quick test has timed out once and is no longer tried.</summary>
    public bool QuickGaveUp => _quickGaveUp;

    /// <summary>False only when the quick test says <paramref name="text"/> holds no match.</summary>
    public bool MayMatch(string text)
    {
        if (_quickGaveUp)
        {
            return true;
        }

        try
        {
            return Quick.Value.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            _quickGaveUp = true;
            return true;
        }
    }

    private Capture SecretOf(Match match)
    {
        if (match.Groups.Count < 2)
        {
            return match;
        }

        if (SecretGroup > 0)
        {
            return match.Groups[SecretGroup];
        }

        for (var i = 1; i < match.Groups.Count; i++)
        {
            if (match.Groups[i].Length > 0)
            {
                return match.Groups[i];
            }
        }

        return match;
    }

    private static string LineOf(string text, Match match)
    {
        var start = match.Index == 0 ? 0 : text.LastIndexOf('\n', match.Index - 1) + 1;
        var end = text.IndexOf('\n', match.Index + match.Length);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
