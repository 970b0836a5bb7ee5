/*---
id: CL2007
name: iban
title: Bank account numbers (IBAN) stay out of posts.
category: confidentiality
severity: error
level: post
message: "IBAN '{masked}' ({country}, valid check digits): bank details are personal data and invite fraud"
locales:
  fr:
    title: "Les numéros de compte bancaire (IBAN) restent hors des publications."
    message: "IBAN « {masked} » ({country}, clé de contrôle valide) : les coordonnées bancaires sont des données personnelles et attirent la fraude"
docs: |
  An IBAN in a public post exposes an account to direct-debit fraud and to "change of bank details"
  scams, and is personal data when the account is a person's. An IBAN is reported when it is written
  with or without spaces, in upper or lower case, has the length of its country in the SWIFT IBAN
  registry and passes the ISO 7064 mod-97 check; a single wrong character fails the check, so
  look-alike references are not reported. The message shows only the first four characters.

  The brand's own IBAN (to receive donations, for instance) can be listed under `pii.allow`
  (compared without spaces, case-insensitively):

  ```yaml
  pii:
    allow: ["FR76 3000 6000 0112 3456 7890 189"]
  ```

  **Fix**: remove the IBAN and share it in a private channel. To accept one occurrence, suppress it
  with a reason: `<!-- contentlint-disable-next-line CL2007 -- association's public donation account -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Identifiers;
using ContentLint.Core.Scripting.Api.Links;

// IBANs that pass their country's length and mod-97 check, in every text, code included, unless
// listed under pii.allow. The message shows the country and the first four characters.
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
        if (found.Identity != NumberIdentity.Iban || allow.Allows(found.Value))
        {
            continue;
        }

        // Digits inside a link are IDs, not personal data.
        links ??= LinkSpans.Of(text.Text);
        if (!links.Overlaps(found.Span))
        {
            Report(text, found.Span, ("masked", Mask(found.Value)), ("country", found.Value[..2]));
        }
    }
}

// Messages end up in CI logs, SARIF files and editors: they show the first four characters only.
string Mask(string value) => value.Length <= 4 ? "…" : value[..4] + "…";
