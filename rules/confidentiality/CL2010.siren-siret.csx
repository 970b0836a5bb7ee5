/*---
id: CL2010
name: siren-siret
title: SIREN and SIRET numbers are published only when they are the brand's own.
category: confidentiality
severity: warning
level: post
message: "{kind} '{number}' (valid check digit): it identifies a business, and its owner when a sole trader; list the brand's own under pii.allow"
locales:
  fr:
    title: "Les numéros SIREN et SIRET ne sont publiés que s’ils sont ceux de la marque."
    message: "{kind} « {number} » (chiffre de contrôle valide) : il identifie une entreprise, et son dirigeant s’il est entrepreneur individuel ; listez ceux de la marque sous pii.allow"
docs: |
  SIREN (9 digits) and SIRET (14 digits: SIREN + establishment) numbers identify French businesses.
  They are public in the Sirene register, so the default severity is a **warning**, not an error: a
  company's number is rarely a leak, but for a sole trader (*micro-entrepreneur*) it identifies a
  person and their home address, and a client's or supplier's number in a post tells who you work
  with. The brand's own numbers, which French law sometimes requires in commercial posts, belong
  under `pii.allow`:

  ```yaml
  pii:
    allow: ["732 829 320", "732 829 320 00074"]
  ```

  Both numbers are checked by Luhn (and the SIREN part of a SIRET too); La Poste's establishments
  (SIREN 356 000 000) are numbered past what Luhn allows, and INSEE checks them by a digit sum that is
  a multiple of 5 instead, as this rule does. Since French writes large numbers in groups of three
  (`123 456 789` can be 123 million) and one number in ten passes Luhn, a number counts only within
  eight words after a word that announces it (`SIREN`, `SIRET`, `RCS`, `immatriculée`, `registration`) or, for a
  SIRET, in its own layout `123 456 789 00012`.

  **Fix**: remove the number unless it is the brand's own (then list it under `pii.allow`). To accept
  one occurrence, suppress it with a reason: `<!-- contentlint-disable-next-line CL2010 -- supplier agreed -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Identifiers;
using ContentLint.Core.Scripting.Api.Links;

// SIREN and SIRET numbers announced by a word (SIRET, RCS…) or in a SIRET's own layout, that pass
// their check, unless they are the brand's own, listed under pii.allow.
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
        if (found.Identity is not (NumberIdentity.Siren or NumberIdentity.Siret) || allow.Allows(found.Value))
        {
            continue;
        }

        // Digits inside a link are IDs, not personal data.
        links ??= LinkSpans.Of(text.Text);
        if (!links.Overlaps(found.Span))
        {
            Report(text, found.Span, ("kind", found.Identity == NumberIdentity.Siren ? "SIREN" : "SIRET"), ("number", found.Written));
        }
    }
}
