/*---
id: CL2009
name: french-nir
title: French social security numbers are never published.
category: confidentiality
severity: error
level: post
message: "French social security number '{masked}' (valid key): it identifies a person and gives their sex, birth month and birthplace"
locales:
  fr:
    title: "Les numéros de sécurité sociale français ne sont jamais publiés."
    message: "Numéro de sécurité sociale français « {masked} » (clé valide) : il identifie une personne et révèle son sexe, son mois et son lieu de naissance"
docs: |
  The NIR (*numéro de sécurité sociale*, INSEE number) identifies one person for life and encodes
  their sex, year and month of birth and birthplace; the CNIL restricts its use to health and social
  matters, and it has no place in a post. A number is reported when it has the NIR's layout — sex 1
  or 2, year, month (01–12, or 20 and above as INSEE records unknown months), department (01–99, or
  `2A`/`2B` for Corsica), commune, order number — unseparated or with spaces, dots or dashes
  between the parts (`1 85 05 78 006 084 91`), and its key is right: 97 minus the 13-digit number
  modulo 97, with `2A` read as 19 and `2B` as 18 as the official rule says. One changed digit makes
  the key wrong, so other 15-digit numbers are not reported. The message shows only the first four characters.

  **Fix**: remove the number, and if it was a person's, tell them and your data protection officer.
  To accept a fictitious example in a training post, suppress it with a reason:
  `<!-- contentlint-disable-next-line CL2009 -- fictitious example -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Identifiers;
using ContentLint.Core.Scripting.Api.Links;

// French social security numbers validated by their key, in every text, code included.
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
        if (found.Identity != NumberIdentity.Nir || allow.Allows(found.Value))
        {
            continue;
        }

        // Digits inside a link are IDs, not personal data.
        links ??= LinkSpans.Of(text.Text);
        if (!links.Overlaps(found.Span))
        {
            Report(text, found.Span, ("masked", Mask(found.Written)));
        }
    }
}

// Messages end up in CI logs, SARIF files and editors: they show the first four characters only.
string Mask(string value) => value.Length <= 4 ? "…" : value[..4] + "…";
