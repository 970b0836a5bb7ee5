namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// French phone numbers (<c>06 12 34 56 78</c>, with spaces, dots or dashes, or
/// none) and international ones (<c>+33 6 12 34 56 78</c>, <c>+33 (0)6…</c>, <c>+44 20 7946 0958</c>).
/// Not counted: special-rate business numbers (<c>08…</c>), dates, times, prices, decimals, numbers
/// glued to letters (<c>fbx35105418</c>), and an unseparated number after an order, invoice or
/// tracking word.
/// </summary>
internal static class PhoneReadings
{
    /// <summary>A plan's prefix and length, no checksum: as strong as a card from its digits alone.</summary>
    private const int Score = 50;

    /// <summary>Every French and international phone number of <paramref name="text"/>.</summary>
    public static IEnumerable<NumberReading> Read(string text)
    {
        var found = new List<IdentifierMatch>();
        foreach (var run in NumberRuns.Find(text))
        {
            if (IsFrenchNumber(text, run))
            {
                var written = text.Substring(run.Span.Start, run.Span.Length);
                found.Add(new IdentifierMatch(NumberIdentity.Phone, run.Span, written, written));
            }
        }

        foreach (var (span, digits) in InternationalPhones.Find(text))
        {
            var written = text.Substring(span.Start, span.Length);
            found.Add(new IdentifierMatch(NumberIdentity.Phone, span, "+" + digits, written));
        }

        return found.Select(f => new NumberReading(NumberIdentity.Phone, Score, f));
    }

    private static bool IsFrenchNumber(string text, NumberRun run)
    {
        if (run.Digits.Length != 10 || run.Digits[0] != '0' || run.Digits[1] is '0' or '8'
            || !(run.IsGrouped(10) || run.IsGrouped(2, 2, 2, 2, 2)) || !NumberRuns.IsStandalone(text, run))
        {
            return false;
        }

        // An unseparated ten-digit number after "commande", "facture"… is a reference, not a phone.
        return !run.IsGrouped(10) || !ContextCues.Reference.Any(NumberRuns.WordsBefore(text, run.Span.Start, 3).Contains);
    }
}
