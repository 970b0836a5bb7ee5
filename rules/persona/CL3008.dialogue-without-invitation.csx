/*---
id: CL3008
name: dialogue-without-invitation
title: A dialogue post invites an answer.
category: persona
severity: info
level: post
message: "Declared 'dialogue', but nothing invites an answer: ask a question, mention someone, or invite comments or messages"
locales:
  fr:
    title: "Une publication de dialogue invite à répondre."
    message: "Déclarée « dialogue », mais rien n’invite à répondre : posez une question, mentionnez quelqu’un, ou invitez aux commentaires ou aux messages"
docs: |
  Dialogue serves a goal of relationship: it only works if the reader can answer. A post declared
  `dialogue` with no question, no mention, no request and no invitation to comment, reply or write
  ("tell us in the comments", "dites-nous", "DM us", "écrivez-nous en MP", "contactez-nous") is a
  broadcast, however friendly. Reported at the `type` field, as information.

  **Fix**: end with a question ("Et vous, quel est votre rituel du matin ?"), invite comments,
  mention the person you answer, or declare the post `promo` if it is one. To silence the rule for
  a repository: `severity: {dialogue-without-invitation: off}` in `contentlint.yaml`.
---*/
using ContentLint.Core.Scripting.Api.MessageType;

// A post declared `dialogue` (with some text) holds something that invites an answer: a question, a mention,
// a request, an invitation to comment, reply or write privately.
if (Post.Channels.IsEmpty || Post.Type is not { Value: PostType.Dialogue } declared || Post.AllTexts.All(t => t.Text.Trim().Length == 0))
{
    return;
}

if (!MessageTypes.Of(Post, Channels).Has(MarkerCategory.Invitations))
{
    // At the post's own `type` field; at its first line when the type is inherited from calendar defaults.
    ReportAt(IsOwnField("type") ? declared.Span : HeaderSpan, null);
}
