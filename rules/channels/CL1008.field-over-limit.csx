/*---
id: CL1008
name: field-over-limit
title: Titles and alternative texts must fit their channel's limits.
category: channels
severity: error
level: post
message: "The {field} is too long for {channel}: {count}/{limit}, {over} over"
locales:
  fr:
    title: "Les titres et les textes alternatifs doivent tenir dans les limites de leur canal."
    message: "Le {field} est trop long pour {channel} : {count}/{limit}, {over} de trop"
docs: |
  YouTube titles are limited to 100 characters; Pinterest pin titles to 100 and alternative texts
  to 500. A longer `title:` or `alt:` is refused by the platform's API or cut. The finding covers
  the text past the limit.

  **Fix**: shorten the field.
---*/
using ContentLint.Core.Scripting.Api.Channels;

// Titles and alt texts count characters (UTF-16, as the APIs do), whatever the body's method.
foreach (var (channel, rendition) in ChannelTexts.Renditions(Post, Channels))
{
    var fields = new[]
    {
        (Post.Title, channel.TitleLimit, Say("title", "titre")),
        (Post.AltText, channel.AltTextLimit, Say("alternative text", "texte alternatif")),
    };
    foreach (var (field, limit, name) in fields)
    {
        if (field is null || limit is not { } max || field.Text.Length <= max)
        {
            continue;
        }

        Report(field, TextSpan.FromBounds(max, field.Text.Length),
            ("field", name), ("channel", ChannelTexts.Describe(channel, rendition)), ("count", field.Text.Length), ("limit", max), ("over", field.Text.Length - max));
    }
}
