/*---
id: CL3003
name: missing-type
title: Posts declare their message type when the configuration requires it.
category: persona
severity: warning
level: post
message: "No message type declared: add 'type: promo' or 'type: dialogue'{reading}"
locales:
  fr:
    title: "Les publications déclarent leur type de message quand la configuration l’exige."
    message: "Aucun type de message déclaré : ajoutez « type: promo » ou « type: dialogue »{reading}"
docs: |
  A brand message is either **promotional** (it sells, announces, asks the reader to buy,
  register or click) or **dialogue** (it answers, asks, thanks, converses). The type decides what
  the post may contain, which personas may publish it, and how many promotions a week a channel
  gets (CL3004, CL3006, CL3007). With `require: {type: true}`, a post without `type:` is reported on
  its first line; when the text clearly reads as one type, the message says so with its evidence.

  ```yaml
  require:
    type: true
  ```

  **Fix**: add `type: promo` or `type: dialogue` (in a calendar, `defaults: {type: …}` covers every
  entry). Without `require.type` nothing is reported. To accept one post: `contentlint: {disable: [CL3003]}`.
---*/
using ContentLint.Core.Scripting.Api.MessageType;

// With `require: {type: true}`, every post declares its type; the finding goes on the post's first line.
if (Post.Channels.IsEmpty || !Policy.RequireType || Post.Type is not null)
{
    return;
}

// When the classifier is sure, the message says what the text reads as, with its two strongest pieces of evidence.
var reading = MessageTypes.Of(Post, Channels);
object hint = reading.Verdict switch
{
    PostType.Promo => Say($"; the text reads as promotional ({reading.Evidence(PostType.Promo, 2)})", $"\u00A0; le texte se lit comme une promotion ({reading.Evidence(PostType.Promo, 2)})"),
    PostType.Dialogue => Say($"; the text reads as dialogue ({reading.Evidence(PostType.Dialogue, 2)})", $"\u00A0; le texte se lit comme un dialogue ({reading.Evidence(PostType.Dialogue, 2)})"),
    _ => "",
};
ReportAt(HeaderSpan, null, ("reading", hint));
