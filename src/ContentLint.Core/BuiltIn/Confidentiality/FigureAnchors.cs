using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Documents;

namespace ContentLint.Core.BuiltIn.Confidentiality;

/// <summary>
/// What a figure must not stand next to: configured confidential terms and NDA clients, and topics
/// still under embargo when the post is published.
/// </summary>
internal sealed class FigureAnchors(ContentPolicy policy)
{
    private readonly int _terms = policy.ConfidentialTerms.Length;
    private readonly ListMatcher _confidential = new(policy.ConfidentialTerms.Concat(policy.NdaClients));
    private readonly EmbargoSchedule _embargoes = new(policy.Embargoes);

    /// <summary>True when nothing is configured.</summary>
    public bool IsEmpty => _confidential.IsEmpty && _embargoes.IsEmpty;

    /// <summary>Anchors in <paramref name="text"/>: where, the term as configured, and why it is sensitive.</summary>
    public IEnumerable<(TextSpan Span, string Term, string Reason)> Find(MappedText text, DateTimeOffset when)
    {
        foreach (var match in _confidential.Find(text))
        {
            yield return (match.Match.Span, match.Configured, match.Index < _terms ? "confidential.terms" : "confidential.clients");
        }

        foreach (var (match, until) in _embargoes.Active(text, when))
        {
            yield return (match.Match.Span, match.Configured, $"embargoed until {EmbargoSchedule.Format(until)}");
        }
    }
}
