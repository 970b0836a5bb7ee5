/*---
id: CL4003
name: banned-word
title: A persona does not use the words it has banned.
category: brand-voice
severity: warning
level: post
message: "'{match}' is a banned word for persona '{persona}'"
locales:
  fr:
    title: "Un persona n’emploie pas les mots qu’il a bannis."
    message: "« {match} » est un mot banni pour le persona « {persona} »"
docs: |
  Each voice has words it never uses: the careers account does not say *cheap* or *guys*, the
  support account never writes *malheureusement* or *impossible*. List them per persona; every
  post with `persona:` set to that persona is checked.

  ```yaml
  personas:
    careers:
      bannedWords: [cheap, guys, "no-brainer", malheureusement]
  ```

  Words are found whatever their case and accents, as whole words (also after a French elision,
  and in the plural), in the text and in hashtags (`#cheap` is read as a word); links, mentions and
  code are left alone. Posts without a persona, or whose persona bans nothing, are not checked.

  **Fix**: rephrase. There is no automatic fix: a banned word has no single replacement. To keep
  one occurrence (a quotation), suppress it with a reason:
  `<!-- contentlint-disable-next-line CL4003 -- quoting a candidate -->`.
---*/
using ContentLint.Core.Scripting.Api.Prose;

// Only a post whose persona bans words is checked. A hashtag is read (#cheap counts); links, mentions
// and code are not.
if (Post.Channels.IsEmpty || Post.Persona?.Value is not { } name || !Policy.Personas.TryGetValue(name, out var persona) || persona.BannedWords.IsEmpty)
{
    return;
}

var banned = BannedWords.Of(Policy, persona);
foreach (var text in Post.AllTexts)
{
    var prose = ProseText.Of(text);
    foreach (var (span, configured) in banned.Find(text))
    {
        if (!prose.IsProtected(span) || prose.IsInHashtag(span))
        {
            Report(text, span, ("match", text.Text.Substring(span.Start, span.Length)), ("word", configured), ("persona", persona.Name));
        }
    }
}
