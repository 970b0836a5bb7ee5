/*---
id: CL2001
name: confidential-term
title: Confidential terms and codenames stay out of posts.
category: confidentiality
severity: error
level: post
message: "'{match}' is confidential (listed under confidential.terms)"
locales:
  fr:
    title: "Les termes confidentiels et noms de code restent hors des publications."
    message: "« {match} » est confidentiel (listé sous confidential.terms)"
docs: |
  Firms keep employees off social media mostly for fear of leaks: a project codename, an
  unannounced product or a partner's name in a post can cost a deal or move a share price. List
  them in `contentlint.yaml`; each is found whatever its case and accents, as a whole word, after
  a French elision (`d'Aurora`) and in the plural.

  ```yaml
  confidential:
    terms: [Aurora, "projet Borealis"]
  ```

  **Fix**: remove the term, or use the public name once it is announced. If the term was made
  public, remove it from the list; to accept one occurrence, suppress it with a reason:
  `<!-- contentlint-disable-next-line CL2001 -- announced on 2026-11-02 -->`.
---*/
using ContentLint.Core.Scripting.Api.Confidentiality;

// Every text of the post, code included (a codename in a snippet is published too): each listed
// term, whatever its case and accents, after an elision and in the plural, is reported as written.
if (Post.Channels.IsEmpty)
{
    return;
}

foreach (var found in PolicyLists.ConfidentialTerms(Policy).Find(Post))
{
    Report(found.Text, found.Match.Span, ("term", found.Configured), ("match", found.Written));
}
