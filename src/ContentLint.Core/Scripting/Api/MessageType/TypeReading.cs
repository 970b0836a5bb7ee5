using System.Collections.Immutable;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>What the message-type classifier read in a post: its markers, the two scores and the verdict.</summary>
public sealed class TypeReading
{
    /// <summary>A reading of <paramref name="markers"/>.</summary>
    public TypeReading(IEnumerable<TypeMarker> markers)
    {
        Markers = [.. markers.OrderBy(m => m.TextIndex).ThenBy(m => m.Span.Start)];
        PromoScore = Score(PostType.Promo, withCourtesy: true);
        DialogueScore = Score(PostType.Dialogue, withCourtesy: true);
        _dialogueWithoutCourtesy = Score(PostType.Dialogue, withCourtesy: false);
        Verdict = Decide(TypeThresholds.Default);
    }

    private readonly double _dialogueWithoutCourtesy;

    /// <summary>Every marker found, in text order.</summary>
    public ImmutableArray<TypeMarker> Markers { get; }

    /// <summary>Sum of the weights of the promotional categories present.</summary>
    public double PromoScore { get; }

    /// <summary>Sum of the weights of the dialogue categories present.</summary>
    public double DialogueScore { get; }

    /// <summary>The type the text reads as with the shipped thresholds (<see cref="Decide"/>), or null when the evidence is weak or mixed.</summary>
    public PostType? Verdict { get; }

    /// <summary>
    /// The type the text reads as, or null when the evidence is weak or mixed: a side scoring at least
    /// <see cref="TypeThresholds.MinScore"/> and leading the other by <see cref="TypeThresholds.MinLead"/>. From a
    /// promotional score of <see cref="TypeThresholds.StrongPromo"/>, courtesy (<see cref="MarkerCategory.Courtesy"/>)
    /// no longer counts against the promotion: a greeting or an apology does not cancel "For only $100, act now".
    /// </summary>
    public PostType? Decide(TypeThresholds thresholds)
    {
        var dialogueAgainstPromo = PromoScore >= thresholds.StrongPromo ? _dialogueWithoutCourtesy : DialogueScore;
        return Leads(PromoScore, dialogueAgainstPromo, thresholds) ? PostType.Promo
            : Leads(DialogueScore, PromoScore, thresholds) ? PostType.Dialogue
            : null;
    }

    /// <summary>True when a marker of one of <paramref name="categories"/> was found.</summary>
    public bool Has(IEnumerable<string> categories) => categories.Any(c => Markers.Any(m => m.Category == c));

    /// <summary>The strongest marker of each category of <paramref name="side"/> (weight above 0), strongest first, then in text order.</summary>
    public IEnumerable<TypeMarker> Strongest(PostType side) =>
        Markers.Where(m => m.Side == side && m.Weight > 0)
            .GroupBy(m => m.Category)
            .Select(g => g.OrderByDescending(m => m.Weight).First())
            .OrderByDescending(m => m.Weight).ThenBy(m => m.TextIndex).ThenBy(m => m.Span.Start);

    /// <summary>The evidence for <paramref name="side"/>: up to <paramref name="max"/> strongest markers, quoted, in text order (<c>'-20 %', 'code NOEL', 'Commandez'</c>).</summary>
    public string Evidence(PostType side, int max = 3)
    {
        // A link and the campaign parameter inside it are two markers but one piece of evidence.
        var chosen = new List<TypeMarker>();
        foreach (var marker in Strongest(side))
        {
            if (chosen.Count < max && !chosen.Any(c => c.TextIndex == marker.TextIndex && c.Span.OverlapsWith(marker.Span)))
            {
                chosen.Add(marker);
            }
        }

        return string.Join(", ", chosen.OrderBy(m => m.TextIndex).ThenBy(m => m.Span.Start).Select(m => $"'{m.Evidence}'"));
    }

    private static bool Leads(double score, double other, TypeThresholds thresholds) =>
        score >= thresholds.MinScore && score - other >= thresholds.MinLead;

    private double Score(PostType side, bool withCourtesy) =>
        Markers.Where(m => m.Side == side && (withCourtesy || !MarkerCategory.Courtesy.Contains(m.Category)))
            .GroupBy(m => m.Category).Sum(g => g.Max(m => m.Weight));
}
