/*---
id: CL3001
name: missing-persona
title: Posts name the persona that speaks when the configuration requires it.
category: persona
severity: warning
level: post
message: "No persona declared: add 'persona:'{choices}"
locales:
  fr:
    title: "Les publications nomment le persona qui parle quand la configuration l’exige."
    message: "Aucun persona déclaré : ajoutez « persona: »{choices}"
docs: |
  A brand speaks through personas: the brand account, customer care, the careers team, an
  employee or an ambassador. Each has its channels, its message types and its tone, and some must
  disclose advertising. Rules that depend on the persona (CL3002–CL3009, banned words, tu/vous)
  can only check a post that says who speaks. With `require: {persona: true}`, a post without
  `persona:` is reported on its first line (the opening `---` of a Markdown post, the first field of
  a calendar entry).

  ```yaml
  require:
    persona: true
  personas:
    brand: {kind: brand}
    care: {kind: support, types: [dialogue]}
  ```

  **Fix**: add `persona: NAME` to the front matter or the calendar entry; in a calendar, a
  `defaults: {persona: NAME}` covers every entry. Without `require.persona` nothing is reported.
  To accept one post without a persona: `contentlint: {disable: [CL3001]}` in its front matter.
---*/
using ContentLint.Core.Scripting.Api.Persona;

// With `require: {persona: true}` in the configuration, every post names its persona;
// the finding goes on the post's first line and lists the configured personas. A post on no
// channel is left to CL1001.
if (Post.Channels.IsEmpty)
{
    return;
}

if (Policy.RequirePersona && Post.Persona is null)
{
    ReportAt(HeaderSpan, null, ("choices", PersonaNames.Choices(Policy)));
}
