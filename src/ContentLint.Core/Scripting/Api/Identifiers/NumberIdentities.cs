using System.Runtime.CompilerServices;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// Gives each written number one identity. Every interpreter (IBAN, NIR, SIRET/SIREN, card, phone,
/// order reference) proposes its readings with a score; where readings overlap, the best scored wins
/// and the others are dropped, so a SIRET after the word "SIRET" is not also a Visa card. Each
/// personal-data check then reports the winners of its own identity. Computed once per text.
/// </summary>
public static class NumberIdentities
{
    private static readonly Func<string, IEnumerable<NumberReading>>[] Interpreters =
        [IbanReadings.Read, NirReadings.Read, SirenSiretReadings.Read, PaymentCardReadings.Read, PhoneReadings.Read, ReferenceNumbers.Read];

    private static readonly ConditionalWeakTable<string, List<NumberReading>> Resolved = [];

    /// <summary>Every identified number of <paramref name="text"/>, each with its best reading, in text order (order references included: they are never personal data).</summary>
    public static IEnumerable<IdentifierMatch> Of(string text) => Resolved.GetValue(text, Resolve).Select(r => r.Match);

    /// <summary>The numbers of <paramref name="text"/> whose best reading is <paramref name="identity"/>, in text order.</summary>
    public static IEnumerable<IdentifierMatch> Of(string text, NumberIdentity identity) => Of(text).Where(m => m.Identity == identity);

    private static List<NumberReading> Resolve(string text)
    {
        var readings = Interpreters.SelectMany(read => read(text)).OrderBy(r => r.Match.Span.Start).ToList();
        var winners = new List<NumberReading>();
        var cluster = new List<NumberReading>();
        var clusterEnd = -1;
        foreach (var reading in readings)
        {
            if (reading.Match.Span.Start >= clusterEnd)
            {
                KeepBest(cluster, winners);
                clusterEnd = reading.Match.Span.End;
            }

            cluster.Add(reading);
            clusterEnd = Math.Max(clusterEnd, reading.Match.Span.End);
        }

        KeepBest(cluster, winners);
        return winners;
    }

    // Within a cluster of overlapping readings, the best scored (the most specific on a tie) wins
    // its span; a reading overlapping no winner keeps its own. Clusters are a handful of readings.
    private static void KeepBest(List<NumberReading> cluster, List<NumberReading> winners)
    {
        var kept = new List<NumberReading>();
        foreach (var reading in cluster.OrderByDescending(r => r.Score).ThenBy(r => r.Identity))
        {
            if (!kept.Any(k => k.Match.Span.OverlapsWith(reading.Match.Span)))
            {
                kept.Add(reading);
            }
        }

        winners.AddRange(kept.OrderBy(k => k.Match.Span.Start));
        cluster.Clear();
    }
}
