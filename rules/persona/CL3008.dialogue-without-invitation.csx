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

  A post that **answers someone** is a turn of a conversation already going on and needs no further
  invitation: a post declared a reply (`reply_to:`, whatever its wording), a reply (leading @mention), a greeting ("Hi Tara", "Bonjour"), an apology or an offer
  of help, an agent's signature (`^JS`), a turn opened by a response ("Ok", "Yes", "Haha", "Oui",
  "D'accord") or a reply idiom ("thanks for reaching out", "sorry to hear", "my pleasure",
  "please contact…", "merci de votre retour", "cordialement"), or the reader addressed as one
  person ("you", "vous" — not after "thank you all", "everyone", "wishing", "à toutes et à tous").
  "Thank you all for a wonderful year" is still a broadcast. Measured with `tools/noise.sh --sample
  CL3008`: on 3,989 real dialogue turns declared `dialogue` (support replies with their @mentions
  stripped, personal SMS, coffee-bar dialogue, a French shop's chat — every one a turn of a
  conversation), 484 findings per 1,000 English and 768 per 1,000 French before this distinction
  (3 of 20 read judged right), about 69 and 296 after; on the brand posts of the project's evaluation corpus as
  written, 16 findings before, all friendly broadcasts (congratulations, season's wishes), and 15 of
  them after ("From the Merck family to yours…" now reads as addressed to one reader).

  **Fix**: end with a question ("Et vous, quel est votre rituel du matin ?"), invite comments,
  mention the person you answer, or declare the post `promo` if it is one. To silence the rule for
  a repository: `severity: {dialogue-without-invitation: off}` in `contentlint.yaml`.
---*/
using ContentLint.Core.Scripting.Api.MessageType;

// A post declared `dialogue` (with some text) holds something that invites an answer (a question, a mention, a
// request, an invitation to comment, reply or write privately) or answers someone (a greeting, an apology, help, a
// signature, a reply's wording), or is declared a reply (`reply_to:`): the writer said whom it answers. The reply
// wording is looked for last: only in posts that would otherwise be reported.
if (Post.Channels.IsEmpty || Post.IsReply || Post.Type is not { Value: PostType.Dialogue } declared || Post.AllTexts.All(t => t.Text.Trim().Length == 0))
{
    return;
}

var reading = MessageTypes.Of(Post, Channels);
if (!reading.Has(MarkerCategory.Invitations) && !reading.Has(MarkerCategory.Answers) && !Post.AllTexts.Any(t => ReplyCues.Answers(t.Text, Post.Lang?.Value)))
{
    // At the post's own `type` field; at its first line when the type is inherited from calendar defaults.
    ReportAt(IsOwnField("type") ? declared.Span : HeaderSpan, null);
}
