namespace ContentLint.Core.BuiltIn.Confidentiality.PersonalData;

/// <summary>
/// <c>check: siren-siret</c>: SIREN (9 digits) and SIRET (14) numbers that pass their check. French
/// writing groups large numbers by three (<c>123 456 789</c> is also 123 million), and one number in
/// ten passes Luhn, so a number counts only within eight words after a word that announces it
/// (SIREN, SIRET, RCS, immatriculé…) or, for a SIRET, in its own layout <c>123 456 789 00012</c>.
/// Placeholders: <c>{kind}</c> (SIREN or SIRET), <c>{number}</c>.
/// </summary>
public sealed class SirenSiretCheck : PersonalDataCheck
{
    private static readonly string[] Announcers = ["siren", "siret", "rcs", "immatricul", "registration"];

    /// <inheritdoc />
    public override string Name => "siren-siret";

    /// <inheritdoc />
    public override IEnumerable<PersonalDataMatch> Find(string text)
    {
        foreach (var run in NumberRuns.Find(text))
        {
            if (run.Separator is not (null or ' ') || !NumberRuns.IsStandalone(text, run))
            {
                continue;
            }

            var announced = Announcers.Any(NumberRuns.WordsBefore(text, run.Span.Start, 8).Contains);
            var kind = (run.IsGrouped(9) || run.IsGrouped(3, 3, 3)) && announced && SirenSiret.IsSiren(run.Digits) ? "SIREN"
                : (run.IsGrouped(14) || run.IsGrouped(9, 5) || run.IsGrouped(3, 3, 3, 5)) && (announced || run.IsGrouped(3, 3, 3, 5)) && SirenSiret.IsSiret(run.Digits) ? "SIRET"
                : null;
            if (kind is not null)
            {
                var written = text.Substring(run.Span.Start, run.Span.Length);
                yield return new PersonalDataMatch(run.Span, run.Digits, [("kind", kind), ("number", written)]);
            }
        }
    }
}
