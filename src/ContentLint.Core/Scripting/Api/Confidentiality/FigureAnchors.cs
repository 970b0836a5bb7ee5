using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Confidentiality;

/// <summary>
/// What a figure must not stand next to: configured confidential terms and NDA clients, and topics
/// still under embargo when the post is published.
/// </summary>
/// <param name="policy">The configuration's lists.</param>
public sealed class FigureAnchors(ContentPolicy policy)
{
    private readonly int _terms = policy.ConfidentialTerms.Length;
    private readonly ListMatcher _confidential = new(policy.ConfidentialTerms.Concat(policy.NdaClients));
    private readonly EmbargoSchedule _embargoes = new(policy.Embargoes);

    /// <summary>True when nothing is configured.</summary>
    public bool IsEmpty => _confidential.IsEmpty && _embargoes.IsEmpty;

    /// <summary>Anchors in <paramref name="text"/>: confidential terms and clients first, then topics under embargo at <paramref name="when"/>.</summary>
    public IEnumerable<FigureAnchor> Find(MappedText text, DateTimeOffset when)
    {
        foreach (var match in _confidential.Find(text))
        {
            yield return new FigureAnchor(match.Match.Span, match.Configured, match.Index < _terms ? FigureAnchorKind.ConfidentialTerm : FigureAnchorKind.NdaClient, null);
        }

        foreach (var (match, until) in _embargoes.Active(text, when))
        {
            yield return new FigureAnchor(match.Match.Span, match.Configured, FigureAnchorKind.Embargo, until);
        }
    }
}

/// <summary>Why a term makes the figures near it sensitive.</summary>
public enum FigureAnchorKind
{
    /// <summary>Listed under <c>confidential.terms</c>.</summary>
    ConfidentialTerm,

    /// <summary>Listed under <c>confidential.clients</c>.</summary>
    NdaClient,

    /// <summary>A topic of <c>embargoes:</c> still under embargo.</summary>
    Embargo,
}

/// <summary>A confidential term found in a text.</summary>
/// <param name="Span">Where.</param>
/// <param name="Term">The term as configured.</param>
/// <param name="Kind">Which list it comes from.</param>
/// <param name="Until">For an embargo, its end; else null.</param>
public sealed record FigureAnchor(TextSpan Span, string Term, FigureAnchorKind Kind, DateTimeOffset? Until);
