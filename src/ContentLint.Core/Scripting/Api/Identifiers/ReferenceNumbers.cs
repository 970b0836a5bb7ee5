namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// Order, invoice and tracking numbers: an unseparated number of six digits or more right after a
/// word that announces it (<c>commande 4970101234567890</c>, <c>order #…</c>). Never reported; the
/// reading only outweighs a card taken from the digits alone. Grouped like a card
/// (<c>4970 1012 3456 7890</c>) or announced as one (<c>carte</c>), the number stays a card.
/// </summary>
internal static class ReferenceNumbers
{
    /// <summary>Between a card without context (50) and a card grouped or announced as one (60 and more).</summary>
    private const int Score = 55;

    public static IEnumerable<NumberReading> Read(string text)
    {
        foreach (var run in NumberRuns.Find(text))
        {
            if (run.Separator is null && run.Digits.Length >= 6 && NumberRuns.IsStandalone(text, run)
                && ContextCues.Distance(text, run.Span.Start, ContextCues.Reference, 2) is <= 1)
            {
                yield return new NumberReading(NumberIdentity.Reference, Score, new IdentifierMatch(NumberIdentity.Reference, run.Span, run.Digits, text.Substring(run.Span.Start, run.Span.Length)));
            }
        }
    }
}
