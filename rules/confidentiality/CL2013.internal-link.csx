/*---
id: CL2013
name: internal-link
title: Links to internal hosts, private addresses and file shares stay out of posts.
category: confidentiality
severity: warning
level: post
message: "Internal address '{link}' ({reason}): readers outside the company cannot open it, and it reveals internal names"
locales:
  fr:
    title: "Les liens vers des hôtes internes, des adresses privées et des partages de fichiers restent hors des publications."
    message: "Adresse interne « {link} » ({reason}) : les lecteurs hors de l’entreprise ne peuvent pas l’ouvrir, et elle révèle des noms internes"
docs: |
  A link copied from an intranet, a staging server or a file share is broken for every reader of
  the post, and tells attackers the names of internal systems. This rule reports, in URLs and in
  bare text:

  - hosts listed under `internalHosts` (globs: `*` matches any characters, dots included);
  - `localhost` (with a port or a path when not in a URL: the word alone is not a link);
  - private and special IPv4 addresses: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, loopback
    127.0.0.0/8, link-local 169.254.0.0/16 (and IPv6 `[::1]`, `fc00::/7`, `fe80::/10` in URLs);
  - names under `.local`, `.internal`, `.corp`, `.lan`, `.intranet`, `.localdomain`, `.home.arpa`;
  - `file://` and `smb://` URLs, and Windows shares `\\server\share`.

  ```yaml
  internalHosts: ["*.corp.example.com", "intranet.example.com", "jira.example.io"]
  ```

  Code is searched like prose, since platforms publish backticks as plain text; only a loopback
  address written as code (`localhost`, 127.0.0.0/8, `[::1]`) is left alone: tutorials legitimately
  show `http://localhost:8080`, and it names nothing inside the company. The default severity
  is a **warning**: such a link is first of all a mistake that breaks the post, and an error when
  it names a confidential system can be set per rule (`severity: {CL2013: error}`).

  **Fix**: replace the link with its public equivalent, or remove it. To accept one occurrence,
  suppress it with a reason: `<!-- contentlint-disable-next-line CL2013 -- public demo address -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;
using ContentLint.Core.Scripting.Api.Links;

// Links and addresses leading inside the company, in prose and in code alike (platforms publish
// code as text), except a loopback address written as code: tutorials show
// http://localhost:8080, and it names nothing inside the company.
if (Post.Channels.IsEmpty)
{
    return;
}

var globs = InternalHosts.Of(Policy);
foreach (var text in ConfidentialTexts.Of(Post))
{
    foreach (var (span, link, reason) in InternalLinkScanner.Find(text.Text, globs))
    {
        if (!((reason == PrivateAddresses.Loopback || reason == PrivateAddresses.Localhost) && text.IsWrittenAsCode(span)))
        {
            Report(text, span, ("link", link), ("reason", reason));
        }
    }
}
