using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Secrets;

/// <summary>
/// Credentials whose format gives them away, found by gitleaks' default rules (<see cref="PortedSecretRules"/>):
/// cloud keys (AWS, GCP, Azure…), API tokens (OpenAI <c>sk-proj-</c>, Anthropic <c>sk-ant-</c>, GitLab
/// <c>glpat-</c>, npm, SendGrid, Stripe, GitHub…), Slack tokens and webhooks, JSON Web Tokens, private keys.
/// The kind of a finding is the gitleaks rule id (<c>openai-api-key</c>). Where several rules read the
/// same characters, the one whose secret starts first and is longest is kept. gitleaks' generic rule (a
/// random value after a word such as <c>api_key</c>) is not a format: <see cref="SecretCandidate"/> and
/// <see cref="SecretKeywords"/> do that job, in French too.
/// </summary>
public static class SecretFormats
{
    /// <summary>gitleaks' rule for a secret announced only by a keyword (<c>api_key = …</c>), left out.</summary>
    public const string GenericRule = "generic-api-key";

    /// <summary>Every known-format secret of <paramref name="text"/>, in order, without overlaps.</summary>
    public static IEnumerable<(TextSpan Span, string Kind)> Find(string text)
    {
        var found = PortedSecretRules.Triggered(text).Where(rule => rule.Id != GenericRule)
            .SelectMany(rule => rule.FindIn(text, PortedSecretRules.Global).Select(span => (Span: span, Kind: rule.Id)))
            .OrderBy(f => f.Span.Start)
            .ThenByDescending(f => f.Span.Length);
        var kept = new List<(TextSpan Span, string Kind)>();
        foreach (var finding in found)
        {
            if (!kept.Any(k => k.Span.OverlapsWith(finding.Span)))
            {
                kept.Add(finding);
            }
        }

        return kept.OrderBy(f => f.Span.Start);
    }
}
