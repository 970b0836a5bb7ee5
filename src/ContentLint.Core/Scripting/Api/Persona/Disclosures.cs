using System.Runtime.CompilerServices;
using ContentLint.Core.Configuration.Policy;
using ContentLint.Core.Documents;
using ContentLint.Core.Matching;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Persona;

/// <summary>
/// Where a post's text carries one of the configured disclosure markers (<c>disclosure.markers</c>:
/// <c>#ad</c>, <c>Publicité</c>, <c>Collaboration commerciale</c>…), matched as terms (case and accents
/// ignored, whole words), code left out.
/// </summary>
public static class Disclosures
{
    private static readonly ConditionalWeakTable<ContentPolicy, TermMatcher> Matchers = [];

    /// <summary>Every disclosure marker in the parts of <paramref name="rendition"/>, in part order then text order.</summary>
    /// <param name="rendition">What the post publishes on one channel.</param>
    /// <param name="policy">The policy whose <c>disclosure.markers</c> are looked for.</param>
    public static IReadOnlyList<DisclosureFound> Find(PostRendition rendition, ContentPolicy policy)
    {
        var matcher = Matchers.GetValue(policy, p => new TermMatcher(p.DisclosureMarkers));
        return [.. rendition.Parts.SelectMany((part, index) => matcher.Matches(part.Text)
            .Where(m => !part.IsInCode(m.Span))
            .Select(m => new DisclosureFound(index, m.Span)))];
    }
}

/// <summary>A disclosure marker found in a rendition.</summary>
/// <param name="PartIndex">Index of the part (0 for the first, the one a fold cuts).</param>
/// <param name="Span">Where it is in that part's text.</param>
public readonly record struct DisclosureFound(int PartIndex, TextSpan Span);
