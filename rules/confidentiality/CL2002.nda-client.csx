/*---
id: CL2002
name: nda-client
title: Clients under a non-disclosure agreement are never named.
category: confidentiality
severity: error
level: post
message: "'{match}' is a client under NDA (listed under confidential.clients): we may not even say we work with them"
locales:
  fr:
    title: "Les clients sous accord de confidentialité ne sont jamais nommés."
    message: "« {match} » est un client sous NDA (listé sous confidential.clients) : nous ne pouvons même pas dire que nous travaillons avec lui"
docs: |
  Some contracts forbid saying that the client exists at all: a case study, a thank-you or a
  "proud to work with" post about them breaks the agreement, whatever it says. List those clients
  in `contentlint.yaml`; each is found like a confidential term (CL2001): whatever its case and
  accents, as a whole word, after a French elision (`d'Initech`) and in the plural.

  ```yaml
  confidential:
    clients: [Initech, "Globex Corporation"]
  ```

  **Fix**: remove the name and anything that identifies the client (sector + city + project is often
  enough); write "a client in retail" instead. If the client has agreed in writing to be named,
  remove it from the list, or suppress one occurrence with the reference of that agreement:
  `<!-- contentlint-disable-next-line CL2002 -- written consent, ticket LEGAL-142 -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;

// Clients under NDA are matched like confidential terms, in every text of the post, code included.
if (Post.Channels.IsEmpty)
{
    return;
}

foreach (var found in PolicyLists.NdaClients(Policy).Find(Post))
{
    Report(found.Text, found.Match.Span, ("term", found.Configured), ("match", found.Written));
}
