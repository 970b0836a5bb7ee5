/*---
id: CL3004
name: persona-type-not-allowed
title: A persona publishes only the message types it is allowed.
category: persona
severity: error
level: post
message: "Persona '{persona}' may not publish {type} posts (allowed: {allowed})"
locales:
  fr:
    title: "Un persona ne publie que les types de message qui lui sont permis."
    message: "Le persona « {persona} » ne peut pas publier de messages {type} (permis : {allowed})"
docs: |
  Choosing a persona per channel means choosing what it says: customer care answers and never
  sells, the careers account converses, the brand account promotes. A persona's `types:` lists the
  message types it may publish; a post whose declared `type` is not among them is reported at its
  `type` field. A persona without `types:` may publish both.

  ```yaml
  personas:
    care: {kind: support, types: [dialogue]}
    brand: {kind: brand, types: [promo, dialogue]}
  ```

  **Fix**: publish the post under a persona allowed to (`persona: brand`), or rewrite it as the
  other type. If the persona's role changed, update its `types:`. To accept one post:
  `contentlint: {disable: [CL3004]}` in its front matter, with the reason in a comment.
---*/
// A persona with `types:` publishes only those message types; the finding goes on the `type` field.
if (Post.Channels.IsEmpty || Post.Persona is not { } name || Post.Type is not { } type
    || !Policy.Personas.TryGetValue(name.Value, out var persona)
    || persona.Types.IsEmpty || persona.Types.Contains(type.Value))
{
    return;
}

// The types are written as in the configuration (`promo`, `dialogue`), in every language.
static string Written(PostType t) => t.ToString().ToLowerInvariant();
ReportAt(type.Span, null, ("persona", persona.Name), ("type", Written(type.Value)), ("allowed", string.Join(", ", persona.Types.Select(Written))));
