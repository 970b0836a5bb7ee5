/*---
id: CL2006
name: phone-number
title: Personal phone numbers stay out of posts.
category: confidentiality
severity: error
level: post
message: "Phone number '{number}': personal data unless it is a public number listed under pii.allow"
locales:
  fr:
    title: "Les numéros de téléphone personnels restent hors des publications."
    message: "Numéro de téléphone « {number} » : donnée personnelle, sauf numéro public listé sous pii.allow"
docs: |
  A phone number in a post is personal data (and a target for spam calls and SIM-swap fraud) unless
  it is the brand's public line. This rule finds:

  - French numbers: `06 12 34 56 78`, `06.12.34.56.78`, `06-12-34-56-78`, `0612345678`;
  - international numbers in E.164 form as people write them: `+33 6 12 34 56 78`,
    `+33 (0)6 12 34 56 78`, `+44 20 7946 0958`, `+1 (415) 555-2671` (8 to 15 digits), also with the
    call prefix `00` for `+` (`0033 6 12 34 56 78`, `00 33 6 …`, `0044 20 …`).

  Not reported: special-rate business numbers (`08…`, never personal), dates (`12.05.2026`), times
  (`10:30`), prices and decimals (`06 12 €`, `0612345678,5`), numbers glued to letters (IDs such as
  `fbx35105418`), growth figures (`+12 000 000`), an unseparated number after an order, invoice or
  tracking word (`commande 0612345678`), numbers in links and code, and the public numbers listed
  under `pii.allow` — compared without spaces, dots and dashes, with `+33` and `0033` equal to `0`:

  ```yaml
  pii:
    allow: ["+33 1 23 45 67 89"]      # also allows 01 23 45 67 89 and 01.23.45.67.89
  ```

  **Fix**: remove the number and invite the person to write in private messages, or give the
  brand's public number. To accept one occurrence, suppress it with a reason:
  `<!-- contentlint-disable-next-line CL2006 -- number of the town hall, public -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Identifiers;
using ContentLint.Core.Scripting.Api.Links;

// French and international numbers whose best reading is a phone (not a card, a SIRET or an order
// reference), in every text, code included, unless listed under pii.allow.
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
        if (found.Identity != NumberIdentity.Phone || allow.Allows(found.Value))
        {
            continue;
        }

        // Digits inside a link are IDs, not personal data.
        links ??= LinkSpans.Of(text.Text);
        if (!links.Overlaps(found.Span))
        {
            Report(text, found.Span, ("number", found.Written));
        }
    }
}
