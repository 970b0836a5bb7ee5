namespace ContentLint.Core.BuiltIn.Confidentiality.PersonalData;

/// <summary>
/// <c>check: payment-cards</c>: card numbers of 13 to 19 digits, unseparated or in groups (the first of
/// four digits) joined by spaces or dashes, with a known network prefix, that pass the Luhn test.
/// Placeholders: <c>{masked}</c> (first four digits), <c>{brand}</c>.
/// </summary>
public sealed class PaymentCardCheck : PersonalDataCheck
{
    /// <inheritdoc />
    public override string Name => "payment-cards";

    /// <inheritdoc />
    public override IEnumerable<PersonalDataMatch> Find(string text)
    {
        foreach (var run in NumberRuns.Find(text))
        {
            if (IsWrittenLikeACard(run) && CardBrands.IsCardNumber(run.Digits) && NumberRuns.IsStandalone(text, run))
            {
                yield return new PersonalDataMatch(run.Span, run.Digits, [("masked", Masking.Mask(run.Digits)), ("brand", CardBrands.Of(run.Digits))]);
            }
        }
    }

    // 4-4-4-4, 4-6-5 (Amex), 4-6-4 (Diners), 4-4-4-4-3 (19 digits)… or no separator at all.
    private static bool IsWrittenLikeACard(NumberRun run) =>
        run.Separator is null
        || (run.Separator is ' ' or '-' && run.Groups[0] == 4 && run.Groups.Skip(1).All(g => g is >= 3 and <= 6));
}
