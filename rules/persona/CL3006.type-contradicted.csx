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
  minScore: {type: number, default: 3, min: 0, max: 100, doc: "Least score for the text to read as a type: one strong marker (weight 3), or two weaker ones that corroborate each other."}
  minLead: {type: number, default: 1.5, min: 0, max: 100, doc: "How far that score must lead the other type's (support replies carry calls to click next to their dialogue)."}
  strongPromo: {type: number, default: 6, min: 0, max: 100, doc: "Promotional score from which greetings, thanks, apologies and signatures no longer count against the promotion."}
docs: |
  A brand speaks in **promotion** (it sells: a goal of sales) or in **dialogue** (it answers and
  converses: a goal of relationship). A post declared `dialogue` that quotes a price and a promo
  code is a promotion in disguise — readers notice, and it escapes the promotion quota (CL3007)
  and the disclosure rule (CL3009); a post declared `promo` that only answers a customer is
  mislabelled and skews the same quota.

  An explainable classifier reads the message, not its wrapper (English and French, all thread
  parts and variants, code left out):

  - **Language first.** The post's `lang` chooses the marker patterns: English ones never run on
    French text and French ones never on English text (French *sale* means dirty, not a deal).
    Without `lang` (or for another language), each text's language is detected from its function
    words (*the, you, our…* vs *le, vous, notre…*); when that is undecided both sets run.
  - **Markers.** Promotional: discounts (`-20 %`, `30% off`), promo codes (`code NOEL`), calls to
    buy (`Commandez`, `Shop now`), prizes to claim (`you have won`, `claim your prize`), advertising
    labels, conditions and opt-out lines (`#ad`, `T&Cs apply`, `Txt STOP`), campaign links
    (`utm_source=`), premium-rate mechanics (`txt NOKIA to 87077`, a 09… line, `150p/msg`), a
    struck-out price (`au lieu de 89 €`), availability in a store (`disponible sur l'App Store`) —
    each strong enough alone (weight 3); prices,
    deal words, urgency (`dernière chance`, `act now`), things free or to win, calls to register
    (2.5) or to click, read or watch (`Learn more`, `Découvrez`, `Check`, 2), launches, links and
    the claims of a French product pitch (`en quelques clics`, `tout-en-un`, `la plus simple`,
    `idéal pour`, `plus de 10 000 utilisateurs`, `votre tuteur IA`, `pas de frais cachés`,
    `qui vous correspond`, `en illimité`, 1) are weak and need corroboration. In French an
    imperative opening a sentence is a call to act (2) whatever the verb — `Scannez vos factures`,
    `Planifiez vos sorties`: the plural imperative is marked by its ending, so no verb list is
    needed — but not a question (`Livrez-vous en Belgique ?`), a request for oneself
    (`Envoyez-moi`), a repair step (`Redémarrez`, `Vérifiez`) or a request to write (`Contactez`);
    the singular (`Découvre`, `Télécharge`, `Abonne-toi`) from a list, read as written so that
    `Téléchargé hier…` is not one. Dialogue: greetings, thanks, apologies, offers of help
    and support idioms (`happy to help`, `n'hésitez pas`, `we recommend`), requests (`could you`,
    `pourriez-vous`), invitations to write (`DM us`, `écrivez-nous en MP`), questions, a problem
    being handled, an agent's signature (`^JS`).
  - **A complaint is not a promotion** (French). An angry customer writes in the imperative
    ("Revoyez le langage de vos employés !", "Remettez la wifi") and quotes prices ("facturer
    116 € au lieu de 49,99 € ?"). A text with a grievance — reproach or insult (`inadmissible`,
    `bande d'escrocs`), a service lost or awaited (`depuis 9 jours`, `toujours pas`, `sans
    explications`), money charged or owed (`facturer`, `je vous dois`, `rendez-moi mon argent`), a
    threat to leave, a plea (`svp`) — reads as dialogue (`complaint`, 2), and its calls to act,
    prices, discounts, deals, offers, urgency, launches and claims weigh nothing; promo codes,
    advertising labels and campaign links still count. A pain a promotion promises to end is not
    a grievance: `fini les frais abusifs`, `sans arnaque`, or an opening question the text goes on
    from (`Toujours pas de fibre ? Passez chez nous…`).
  - **A reply's leading @mentions weigh nothing**: they say who is answered, not what is said, so
    `@alex` before a promotion leaves it a promotion, and a reply without them reads the same.
  - **Verdict.** Each kind of marker counts once, at its heaviest. The text reads as a type when
    that side scores at least `minScore` (3: one strong marker, or two weak ones) and leads the
    other by at least `minLead` (1.5). A single weak marker — "See how far we have come.", "Your
    refund of $49.99 was processed", "Découvrez leurs photos !" — is never enough. From a
    promotional score of `strongPromo` (6: two strong markers, or a price, urgency and a call to
    act), greetings, thanks, apologies and signatures no longer count against the promotion: a
    "Dear Consumers… we apologize…" does not cancel "For Only $100.00… ACT NOW!!!". Weak or mixed
    evidence is never reported. The message quotes the strongest evidence: "reads as promotional:
    '-20 %', 'code NOEL', 'Commandez'".

  Measured on real text (`tools/persona-eval.sh` prints every figure, per source, language and
  wrapper — as written, @mentions stripped, `@alex ` added — with confusion tables; the targets,
  at most 3 % of dialogue and at least 70 % of clearly promotional text, are kept by tests). Tuned on:
  customer-care replies declared `dialogue` (IBM and TWCS, half of them), 1.7 % reported; tweets a
  crowd unanimously labelled calls to action, 83.7 % reported; English SMS (a tuning split), 0.2 % of
  personal messages and 86.2 % of clearly promotional spam. Held out: the other halves, 2.3 % and
  79.6 %; other English SMS of the same collection, 0.3 % of personal messages and 74.3 % of clearly
  promotional spam (70.0 % of all spam); 0.0 % of 300 coffee-bar dialogue turns (Taskmaster-4) and
  0.9 % of a French shop's customer chat — identical with @mentions stripped or `@alex ` added.
  "Clearly promotional" is a written rule per source (`tools/eval-data/README.md`), never a choice
  per example. French promotion was tuned on a set written for the project (the corpus has none),
  39 of its 40 promotions reported, 1 of its 40 dialogue turns, and on the store-listing copy and
  store pitches of other open-source apps, in three sets (6 of 6, 10 of 13 and 14 of 14 clearly
  promotional texts), and on the sentences of other products' French landing pages (19 of 31). Held out: French App Store pitches written by the apps' makers, 10 of 15
  clearly promotional ones (66.7 %, below the 70 % target; 0 before the French calls to act and
  pitch claims), 10 of all 24 — product pitches often carry a single weak call ("Essayez…") with
  nothing to corroborate it, and a single weak marker is never reported. A logistic regression over the same marker
  categories (`tools/persona-train.py`) was measured against these hand-set weights on the same
  splits: it finds 4–6 points more English promotion on held-out text but flags 1.8 % of the French
  chat (0.9 % here), gives a promo code no weight and a campaign link a negative one (the tuning data
  has almost none), so the hand-set weights stay; its weights are kept in `tools/eval-data`.

  **Fix**: the quick fix declares the type the text reads as (when the post declares its own
  `type`; in a calendar whose `defaults:` gives the type, the finding points at the evidence in the
  text instead). Or rewrite the text so it matches the declared type. To accept a post the
  classifier misreads: `contentlint: {disable: [CL3006]}` in its front matter.
---*/
using ContentLint.Core.Scripting.Api.MessageType;

// The classifier (the markers, each with its side, category and weight; the two scores, each category counting
// once at its heaviest marker; the decision) is the rule API's; the thresholds are this rule's options.
if (Post.Channels.IsEmpty || Post.Type is not { } declared)
{
    return;
}

var reading = MessageTypes.Of(Post, Channels);
var verdict = reading.Decide(new TypeThresholds(Options.GetDouble("minScore"), Options.GetDouble("minLead"), Options.GetDouble("strongPromo")));
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
