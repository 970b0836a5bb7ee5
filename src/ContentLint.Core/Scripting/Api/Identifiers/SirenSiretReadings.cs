namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// SIREN (9 digits) and SIRET (14) numbers that pass their check. French
/// writing groups large numbers by three (<c>123 456 789</c> is also 123 million), and one number in
/// ten passes Luhn, so a number counts only within eight words after a word that announces it
/// (SIREN, SIRET, RCS, immatriculé…) or, for a SIRET, in its own layout <c>123 456 789 00012</c>.
/// Such a number is a SIRET, not a card, even when its prefix and Luhn fit a card too.
/// </summary>
internal static class SirenSiretReadings
{
    /// <summary>Two checksums, plus an announcing word or the layout: more than a card from its digits alone.</summary>
    private const int BaseScore = 60;

    /// <summary>The 3-3-3-5 layout only a SIRET is written in.</summary>
    private const int LayoutScore = 10;

    /// <summary>Every announced or laid-out SIREN and SIRET, with how strongly the text says it is one.</summary>
    public static IEnumerable<NumberReading> Read(string text)
    {
        foreach (var run in NumberRuns.Find(text))
        {
            if (run.Separator is not (null or ' ') || !NumberRuns.IsStandalone(text, run))
            {
                continue;
            }

            var announcedAt = ContextCues.Distance(text, run.Span.Start, ContextCues.Business, 8);
            var announced = announcedAt is not null;
            var laidOut = run.IsGrouped(3, 3, 3, 5);
            var identity = (run.IsGrouped(9) || run.IsGrouped(3, 3, 3)) && announced && SirenSiret.IsSiren(run.Digits) ? NumberIdentity.Siren
                : (run.IsGrouped(14) || run.IsGrouped(9, 5) || laidOut) && (announced || laidOut) && SirenSiret.IsSiret(run.Digits) ? NumberIdentity.Siret
                : (NumberIdentity?)null;
            if (identity is { } kind)
            {
                var written = text.Substring(run.Span.Start, run.Span.Length);
                var score = BaseScore + ContextCues.Bonus(announcedAt) + (laidOut ? LayoutScore : 0);
                var match = new IdentifierMatch(kind, run.Span, run.Digits, written);
                yield return new NumberReading(kind, score, match);
            }
        }
    }
}
