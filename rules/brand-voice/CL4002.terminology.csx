/*---
id: CL4002
name: terminology
title: Posts use the preferred terms of the configured glossary.
category: brand-voice
severity: warning
level: post
message: "Write '{expected}', not '{match}' (terminology.{list})"
locales:
  fr:
    title: "Les publications emploient les termes préférés du glossaire configuré."
    message: "Écrivez « {expected} », pas « {match} » (terminology.{list})"
docs: |
  A brand speaks one vocabulary: the French team writes *courriel* where others write *e-mail*,
  the product is *l'espace client*, never *le compte*. List the wording to avoid and its
  replacement per language in `contentlint.yaml`; the post's `lang:` picks the list (`fr-CA`, then
  `fr`), and the `*` list applies to every language. When two lists name the same term, the
  language's own list wins.

  ```yaml
  terminology:
    fr:
      e-mail: courriel
      newsletter: lettre d'information
    en:
      e-mail: email
    "*":
      Acme cloud: Acme Cloud
  ```

  Terms are found whatever their case and accents, as whole words, after a French elision
  (`l'e-mail`) and, for one-word terms, in the plural (`e-mails` → `courriels`). Links, hashtags,
  mentions and code are left alone.

  **Fix**: the quick fix writes the preferred term, keeping a capital at the start of a sentence
  and all capitals (a replacement with capitals of its own, such as a brand, is written as
  configured). To keep the other wording once (a quotation, a product's own name), suppress it
  with a reason: `<!-- contentlint-disable-next-line CL4002 -- name of the partner's service -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;

// The post's language picks the glossary (fr-CA, then fr, then "*"). A term differing only by case or
// accents is written as configured; any other keeps the capitals of what it replaces.
if (Post.Channels.IsEmpty || Policy.Terminology.IsEmpty || Glossary.Of(Policy).For(Post.Lang?.Value.Trim() ?? string.Empty) is not { } glossary)
{
    return;
}

foreach (var text in Post.AllTexts)
{
    var prose = ProseText.Of(text);
    foreach (var match in glossary.Terms.Matches(text.Text))
    {
        var entry = glossary.Entries[match.TermIndex];
        var found = text.Text.Substring(match.Span.Start, match.Span.Length);
        var expected = entry.SameLetters ? entry.Replacement : CaseMatcher.Apply(found, entry.Replacement);
        if (found != expected && !prose.IsProtected(match.Span))
        {
            Report(text, match.Span, Fix(match.Span, expected, $"Replace '{found}' with '{expected}'"), ("match", found), ("expected", expected), ("list", entry.List));
        }
    }
}
