namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>What a written number is taken for; in order of specificity, which breaks ties.</summary>
public enum NumberIdentity
{
    /// <summary>An IBAN: country letters and a mod-97 check over 15 to 34 characters.</summary>
    Iban,

    /// <summary>A French social security number: 15 characters with a mod-97 key.</summary>
    Nir,

    /// <summary>A SIRET: 14 digits, two Luhn checks, announced or in its own layout.</summary>
    Siret,

    /// <summary>A SIREN: 9 digits, Luhn, announced.</summary>
    Siren,

    /// <summary>A payment card: 13 to 19 digits, a network prefix, Luhn.</summary>
    Card,

    /// <summary>A phone number.</summary>
    Phone,

    /// <summary>An order, invoice or tracking number: never reported, it only keeps a number from being taken for a card.</summary>
    Reference,
}

/// <summary>One interpretation of a number, with how strongly the text supports it.</summary>
/// <param name="Identity">What the number would be.</param>
/// <param name="Score">Evidence: structure and checksums, plus context words and layout.</param>
/// <param name="Match">The finding it would give.</param>
internal sealed record NumberReading(NumberIdentity Identity, int Score, IdentifierMatch Match);
