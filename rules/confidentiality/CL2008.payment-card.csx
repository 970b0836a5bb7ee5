/*---
id: CL2008
name: payment-card
title: Payment card numbers are never published.
category: confidentiality
severity: error
level: post
message: "{brand} card number '{masked}' (Luhn-valid): card numbers must never be published"
locales:
  fr:
    title: "Les numéros de carte bancaire ne sont jamais publiés."
    message: "Numéro de carte {brand} « {masked} » (valide selon Luhn) : les numéros de carte ne doivent jamais être publiés"
docs: |
  A card number in a post (a customer who shares a screenshot transcript, an agent who quotes a
  payment problem) is immediately usable for fraud, and publishing it breaches PCI DSS. A number is
  reported when it has 13 to 19 digits, written unseparated or in groups joined by spaces or dashes
  (`4970 1012 3456 7890`, `3782-822463-10005`), starts with the prefix of a card network for its
  length (Visa 13, 16 or 19 digits; Mastercard 51–55 and 2221–2720, 16; American Express 34 and 37,
  15; Discover, JCB, Diners Club, UnionPay, Maestro, Mir), and passes the Luhn check. One number in
  ten passes Luhn by chance, so an **unseparated** number is a card only with a card word within six
  words (`carte`, `card`, `CB`, `Visa`, `CVV`…): a 16-digit order or tracking number, a 14-digit
  SIRET, are not cards on their own. A number printed in a card's groups needs no word. The message
  shows only the first four digits.

  A number has one identity: when its digits also make a better-supported reading, that reading
  wins and the number is not a card — a SIRET right after `SIRET`, `RCS` or `immatriculée` (or in
  its `123 456 789 00012` layout), an unseparated number right after `commande`, `order`,
  `facture`, `n°`… A number grouped like a card (`4970 1012 3456 7890`) or announced as one
  (`carte`, `card`, `CB`, `Visa`…) stays a card.

  **Fix**: remove the number at once, and if it is real, tell the cardholder to have the card
  blocked. Test numbers in documentation (`4111 1111 1111 1111`) can be suppressed with a reason:
  `<!-- contentlint-disable-next-line CL2008 -- Stripe test card in a developer tutorial -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Identifiers;
using ContentLint.Core.Scripting.Api.Links;

// Luhn-valid numbers with a card network's prefix whose best reading is a card (not a SIRET after
// "SIRET", not an order number after "commande"), in every text, code included.
if (Post.Channels.IsEmpty)
{
    return;
}

var allow = PiiAllowList.Of(Policy);
foreach (var text in ConfidentialTexts.Of(Post))
{
    LinkSpans? links = null;
    foreach (var found in NumberIdentities.Of(text.Text))
    {
        if (found.Identity != NumberIdentity.Card || allow.Allows(found.Value))
        {
            continue;
        }

        // Digits inside a link are IDs, not personal data.
        links ??= LinkSpans.Of(text.Text);
        if (!links.Overlaps(found.Span))
        {
            Report(text, found.Span, ("masked", Mask(found.Value)), ("brand", CardBrands.Of(found.Value)));
        }
    }
}

// Messages end up in CI logs, SARIF files and editors: they show the first four characters only.
string Mask(string value) => value.Length <= 4 ? "…" : value[..4] + "…";
