using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Scripting.Api.Identifiers;

/// <summary>An identifier found in a text, validated (checksum, structure) and given one identity.</summary>
/// <param name="Identity">What it is.</param>
/// <param name="Span">Where.</param>
/// <param name="Value">Its comparison form: an IBAN's or NIR's characters in capitals without spaces, a card's or SIRET's digits, a phone number as written (<c>+</c> and digits for an international one).</param>
/// <param name="Written">As written in the text.</param>
public sealed record IdentifierMatch(NumberIdentity Identity, TextSpan Span, string Value, string Written);
