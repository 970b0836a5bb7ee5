/*---
id: CL2005
name: email-address
title: Personal e-mail addresses stay out of posts.
category: confidentiality
severity: error
level: post
message: "E-mail address '{address}': personal data unless it is a public contact listed under pii.allow"
locales:
  fr:
    title: "Les adresses e-mail personnelles restent hors des publications."
    message: "Adresse e-mail « {address} » : donnée personnelle, sauf contact public listé sous pii.allow"
docs: |
  An employee's or a customer's e-mail address in a public post is personal data published without
  a legal basis (GDPR), and an invitation to spam and phishing. Support teams paste them by accident
  when they answer a customer ("we have written to jean.dupont@…").

  Not reported: fediverse handles (`@user@instance.social`), image names (`logo@2x.png`), links
  glued to a word (`word@short.link/x`), the documentation domains of RFC 2606 (`example.com`,
  `.test`, `.example`, `.invalid`), addresses in code, and the brand's public addresses listed
  under `pii.allow` (compared case-insensitively; `*@domain` allows a whole domain):

  ```yaml
  pii:
    allow: [contact@brand.example, "*@press.brand.example"]
  ```

  **Fix**: remove the address, or point to a public contact (a form, a role address such as
  `support@…` listed under `pii.allow`). To accept one occurrence, suppress it with a reason:
  `<!-- contentlint-disable-next-line CL2005 -- the author's own public address -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Identifiers;

// Every address of every text, code included, except the documentation domains of RFC 2606
// (nobody's address) and the brand's public contacts listed under pii.allow.
if (Post.Channels.IsEmpty)
{
    return;
}

var allow = PiiAllowList.Of(Policy);
foreach (var text in ConfidentialTexts.Of(Post))
{
    foreach (var found in EmailAddresses.Find(text.Text))
    {
        if (!EmailAddresses.IsReservedDomain(found.Domain) && !allow.Allows(found.Address))
        {
            Report(text, found.Span, ("address", found.Address));
        }
    }
}
