/*---
id: CL1003
name: hidden-after-fold
title: The first link, call to action or question must come before the "see more" fold.
category: channels
severity: warning
level: post
message: 'The first {what} is hidden behind the "see more" fold on {channel} (shown: the first {fold} characters)'
locales:
  fr:
    title: "Le premier lien, appel à l’action ou question doit précéder le pli « voir plus »."
    message: "{what} se trouve après le pli « voir plus » sur {channel} (seuls les {fold} premiers caractères sont visibles)"
docs: |
  LinkedIn, Facebook and Instagram show the beginning of a post and fold the rest behind "see
  more" (about 210 characters on LinkedIn, 125 on Instagram and on Facebook mobile). Most readers
  never open it: a link, a call to action ("register", "inscrivez-vous") or a question placed
  after the fold is seen by few.

  **Fix**: move the link, the call to action or the question into the first lines. The fold is
  configurable per channel (`channels: {linkedin: {fold: 200}}`).
---*/
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Scripting.Api.Channels;

// On channels with a fold, the first link, call to action and question of the (first) text must be
// shown before it; each one found past the fold, outside code, is reported.
foreach (var (channel, rendition) in ChannelTexts.Renditions(Post, Channels))
{
    if (channel.Fold is not { } fold || rendition.Parts.Length == 0)
    {
        continue;
    }

    var text = rendition.Parts[0];
    var foldAt = channel.Counter.OffsetOfFirstOverflow(text.Text, fold);
    if (foldAt < 0)
    {
        continue;
    }

    var link = EntityExtractor.Extract(text.Text, channel.Counter.Method, EntityKind.Url).Cast<TextSpan?>().FirstOrDefault();
    var question = text.Text.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? new TextSpan(q, 1) : (TextSpan?)null;
    var firsts = new[]
    {
        (Say("link", "Le premier lien"), link),
        (Say("call to action", "Le premier appel à l’action"), CallToAction.FindFirst(text.Text)),
        (Say("question", "La première question"), question),
    };
    foreach (var (what, span) in firsts)
    {
        if (span is { } found && found.Start >= foldAt && !text.IsInCode(found))
        {
            Report(text, found, ("what", what), ("channel", ChannelTexts.Describe(channel, rendition)), ("fold", fold));
        }
    }
}
