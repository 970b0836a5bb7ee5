namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>
/// Words that announce what a number is (<c>SIRET</c>, <c>carte</c>, <c>commande</c>…), and how close
/// the nearest one stands before the number: the closer, the stronger the evidence.
/// </summary>
internal static class ContextCues
{
    /// <summary>Words announcing a SIRET or SIREN, in French and English.</summary>
    public static readonly string[] Business = ["siren", "siret", "rcs", "immatricul", "registration"];

    /// <summary>Words announcing a payment card.</summary>
    public static readonly string[] Card = ["carte", "card", "cb", "visa", "mastercard", "amex", "maestro", "cvv", "cvc"];

    /// <summary>Words announcing an order, invoice or tracking number.</summary>
    public static readonly string[] Reference =
        ["#", "n°", "no.", "commande", "order", "facture", "invoice", "dossier", "ticket", "réf", "ref", "colis", "suivi", "tracking", "bordereau", "client", "contrat", "identifiant", "transaction"];

    /// <summary>
    /// How many words stand between the nearest cue and <paramref name="start"/> (0: right before),
    /// looking at most <paramref name="window"/> words back; null when no cue is there.
    /// </summary>
    public static int? Distance(string text, int start, IReadOnlyList<string> cues, int window)
    {
        var words = NumberRuns.WordsBefore(text, start, window).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            var word = words[i];
            if (cues.Any(cue => Announces(word, cue)))
            {
                return words.Length - 1 - i;
            }
        }

        return null;
    }

    /// <summary>Evidence from a cue: strong right before the number, weaker further back, none without one.</summary>
    public static int Bonus(int? distance) => distance is { } d ? Math.Max(10, 30 - (3 * d)) : 0;

    // Short cues ("cb", "#") must be the whole word, long ones may be part of it ("immatriculée", "siret:").
    private static bool Announces(string word, string cue) =>
        cue.Length >= 3
            ? word.Contains(cue, StringComparison.Ordinal)
            : word.Trim(':', ';', ',', '.', '(', ')') == cue || (cue == "#" && word.StartsWith('#'));
}
