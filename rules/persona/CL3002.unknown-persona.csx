/*---
id: CL3002
name: unknown-persona
title: A post's persona is one of the configured personas.
category: persona
severity: error
level: post
message: "Unknown persona '{persona}'{suggestion}{choices}"
locales:
  fr:
    title: "Le persona d’une publication est l’un des personas configurés."
    message: "Persona inconnu « {persona} »{suggestion}{choices}"
docs: |
  When `personas:` is configured, a post naming another persona is almost always a typo
  (`carrers` for `careers`), and it silently escapes every rule that depends on the persona: its
  channels, its message types, its disclosure. Names are compared without regard to case.

  ```yaml
  personas:
    careers: {kind: brand, channels: [linkedin]}
    anna: {kind: employee}
  ```

  **Fix**: the quick fix replaces the name with the closest configured persona (the message says
  which: "did you mean 'careers'?"); otherwise the message lists the configured names. If the
  persona is new, declare it under `personas:`. Without `personas:` in the configuration, any name
  is accepted. To suppress: `<!-- contentlint-disable-next-line CL3002 -- reason -->` above the
  line in Markdown, `# contentlint-disable-next-line CL3002` in YAML.
---*/
using ContentLint.Core.Scripting.Api.Persona;

// With `personas:` configured, a post's persona is one of them (compared without regard to case).
if (Post.Channels.IsEmpty || Post.Persona is not { } persona || Policy.Personas.IsEmpty || Policy.Personas.ContainsKey(persona.Value))
{
    return;
}

// A close name is almost always a typo: suggest it and offer to replace it; otherwise list the names.
if (PersonaNames.Closest(persona.Value, Policy) is { } suggestion)
{
    var fix = FileFix($"Replace '{persona.Value}' with '{suggestion}'", persona.Span, suggestion);
    ReportAt(persona.Span, fix, ("persona", persona.Value), ("suggestion", Say($"; did you mean '{suggestion}'?", $"\u00A0; vouliez-vous dire «\u00A0{suggestion}\u00A0»\u00A0?")), ("choices", ""));
}
else
{
    ReportAt(persona.Span, null, ("persona", persona.Value), ("suggestion", ""), ("choices", PersonaNames.Choices(Policy)));
}
