/*---
id: CL3006
name: type-contradicted
title: The declared message type matches what the text says.
category: persona
severity: warning
level: post
message: "Declared '{declared}', but the text reads as {reading}: {evidence}"
locales:
  fr:
    title: "Le type de message déclaré correspond à ce que dit le texte."
    message: "Type déclaré « {declared} », mais le texte se lit comme {reading} : {evidence}"
options:
  minScore: {type: number, default: 3, min: 0, max: 100, doc: "Least score for the text to read as a type: one marker of weight 3, or two weaker ones."}
  minLead: {type: number, default: 1.5, min: 0, max: 100, doc: "How far that score must lead the other type's (support replies carry calls to click next to their dialogue)."}
  unopposedWeight: {type: number, default: 2, min: 0, max: 100, doc: "Weight of a single marker that is enough when the other type shows no marker at all."}
docs: |
  A brand speaks in **promotion** (it sells: a goal of sales) or in **dialogue** (it answers and
  converses: a goal of relationship). A post declared `dialogue` that quotes a price and a promo
  code is a promotion in disguise — readers notice, and it escapes the promotion quota (CL3007)
  and the disclosure rule (CL3009); a post declared `promo` that only answers a customer is
  mislabelled and skews the same quota.

  An explainable classifier reads the text (English and French, all thread parts and variants,
  code left out) and weighs what it finds:

  - promotional: prices and currencies (`29,99 €/mois`, `$49`), discounts (`-20 %`, `30% off`),
    promo codes (`code NOEL`), calls to buy, register or click (`Commandez`, `Shop now`,
    `Inscrivez-vous`, `Learn more: https://…`), urgency (`dernière chance`, `today only`), things
    to win or free, links with campaign parameters (`utm_source=`), launches, `#ad`, `#concours`;
  - dialogue: a reply (the text starts with `@someone`), a greeting, a question, thanks, apologies,
    offers of help (`happy to help`, `n'hésitez pas`), requests (`could you`, `pourriez-vous`),
    invitations to write (`DM us`, `écrivez-nous en MP`), a problem being handled, an agent's
    signature (`^JS`).

  Each kind of marker counts once; the text reads as a type when that side scores at least 3 and
  leads the other by at least 1.5 (a reply full of help that also says "visit our help page" stays
  dialogue). Weak or mixed evidence is never reported. The message quotes the strongest evidence:
  "reads as promotional: '-20 %', 'code NOEL', 'Commandez'".

  Measured on real posts (`tools/persona-eval.sh`): of 1,136 customer-care replies declared
  `dialogue`, 2 are reported (0.2 %; 0 of another 2,272 never used to choose the weights); of 456
  tweets a crowd unanimously labelled as calls to action, declared `dialogue`, 345 are (75.7 %) —
  most of the others are replies to one person ("@sam … more details: https://…"), which the
  classifier deliberately reads as dialogue.

  **Fix**: the quick fix declares the type the text reads as (when the post declares its own
  `type`; in a calendar whose `defaults:` gives the type, the finding points at the evidence in the
  text instead). Or rewrite the text so it matches the declared type. To accept a post the
  classifier misreads: `contentlint: {disable: [CL3006]}` in its front matter.
---*/
using ContentLint.Core.Scripting.Api.MessageType;

// The classifier's features (the markers, each with its side, category and weight, and the two scores:
// each category counts once, at its heaviest marker) come from the rule API; the verdict is decided here.
if (Post.Channels.IsEmpty || Post.Type is not { } declared)
{
    return;
}

var reading = MessageTypes.Of(Post, Channels);
var minScore = Options.GetDouble("minScore");
var minLead = Options.GetDouble("minLead");
var unopposed = Options.GetDouble("unopposedWeight");

// A side wins when it scores enough and leads the other clearly, or when the other side shows nothing at all
// and one of its markers is strong enough alone ("Check out our app!"). Weak or mixed evidence decides nothing.
bool Leads(PostType side, double score, double other) =>
    (score >= minScore && score - other >= minLead)
    || (other == 0 && reading.Markers.Any(m => m.Side == side && m.Weight >= unopposed));

PostType? verdict = Leads(PostType.Promo, reading.PromoScore, reading.DialogueScore) ? PostType.Promo
    : Leads(PostType.Dialogue, reading.DialogueScore, reading.PromoScore) ? PostType.Dialogue
    : null;
if (verdict is not { } readAs || readAs == declared.Value)
{
    return;
}

var args = new (string, object?)[]
{
    ("declared", declared.Value.ToString().ToLowerInvariant()),
    ("reading", readAs == PostType.Promo ? Say("promotional", "une promotion") : Say("dialogue", "un dialogue")),
    ("evidence", reading.Evidence(readAs)),
};

// The post's own `type` field gets the finding and a fix declaring the type the text reads as.
if (IsOwnField("type"))
{
    var other = readAs.ToString().ToLowerInvariant();
    ReportAt(declared.Span, FileFix($"Declare 'type: {other}'", declared.Span, other), args);
    return;
}

// A type inherited from a calendar's `defaults:` is not this post's to fix: point at the strongest evidence.
var strongest = reading.Strongest(readAs).First();
Report(Post.AllTexts.ElementAt(strongest.TextIndex), strongest.Span, args);
