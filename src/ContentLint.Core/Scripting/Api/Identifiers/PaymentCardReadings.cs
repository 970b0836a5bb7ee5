namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// Card numbers of 13 to 19 digits, unseparated or in groups (the first of
/// four digits) joined by spaces or dashes, with a known network prefix, that pass the Luhn test —
/// unless the number reads better as something else (<see cref="NumberIdentities"/>): a SIRET after
/// "SIRET", an order number after "commande". An unseparated number needs a card word nearby ("carte",
/// "card", "CB", "Visa"…): a 16-digit order or tracking number passes Luhn one time in ten, and only the
/// printed groups or the context tell a card from it.
/// </summary>
internal static class PaymentCardReadings
{
    /// <summary>Luhn and a network prefix, with nothing else said.</summary>
    private const int BaseScore = 50;

    /// <summary>Written in the groups cards are printed in.</summary>
    private const int LayoutScore = 10;

    /// <summary>Every number written like a card, with how strongly the text says it is one.</summary>
    public static IEnumerable<NumberReading> Read(string text)
    {
        foreach (var run in NumberRuns.Find(text))
        {
            if (IsWrittenLikeACard(run) && CardBrands.IsCardNumber(run.Digits) && NumberRuns.IsStandalone(text, run))
            {
                var cue = ContextCues.Distance(text, run.Span.Start, ContextCues.Card, 6);
                if (run.Separator is null && cue is null)
                {
                    continue;
                }

                var score = BaseScore + (run.Separator is null ? 0 : LayoutScore) + ContextCues.Bonus(cue);
                var match = new IdentifierMatch(NumberIdentity.Card, run.Span, run.Digits, text.Substring(run.Span.Start, run.Span.Length));
                yield return new NumberReading(NumberIdentity.Card, score, match);
            }
        }
    }

    // 4-4-4-4, 4-6-5 (Amex), 4-6-4 (Diners), 4-4-4-4-3 (19 digits)… or no separator at all.
    private static bool IsWrittenLikeACard(NumberRun run) =>
        run.Separator is null
        || (run.Separator is ' ' or '-' && run.Groups[0] == 4 && run.Groups.Skip(1).All(g => g is >= 3 and <= 6));
}
