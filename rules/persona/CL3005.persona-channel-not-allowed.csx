/*---
id: CL3005
name: persona-channel-not-allowed
title: A persona publishes only on the channels it is allowed.
category: persona
severity: error
level: post
message: "Persona '{persona}' may not publish on {channel} (allowed: {allowed})"
locales:
  fr:
    title: "Un persona ne publie que sur les canaux qui lui sont permis."
    message: "Le persona « {persona} » ne peut pas publier sur {channel} (permis : {allowed})"
docs: |
  Every channel has its voice: the careers persona on LinkedIn, customer care on X and Facebook,
  the brand on Instagram. A persona's `channels:` lists where it may publish; each channel of a post
  outside that list is reported at that channel's name, once per channel. Aliases count as their
  channel (`twitter` is `x`); unknown channels are left to CL1001. A persona without `channels:`
  may publish anywhere.

  ```yaml
  personas:
    careers: {kind: brand, channels: [linkedin, instagram]}
  ```

  **Fix**: remove the channel from the post, publish it there under another persona, or add the
  channel to the persona's `channels:`. To suppress one channel:
  `# contentlint-disable-next-line CL3005` above it in a calendar.
---*/
// A persona with `channels:` publishes only there: one finding per other channel, at its name.
if (Post.Channels.IsEmpty || Post.Persona is not { } name
    || !Policy.Personas.TryGetValue(name.Value, out var persona)
    || persona.Channels.IsEmpty)
{
    return;
}

// Aliases count as their channel (`twitter` is `x`).
var allowed = persona.Channels.Select(c => Channels.Resolve(c) ?? c.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
foreach (var channel in Post.Channels)
{
    // Unknown channels are CL1001's; judging them here would report one typo twice.
    if (Channels.Resolve(channel.Value) is { } resolved && !allowed.Contains(resolved))
    {
        ReportAt(channel.Span, null, ("persona", persona.Name), ("channel", channel.Value), ("allowed", string.Join(", ", persona.Channels)));
    }
}
