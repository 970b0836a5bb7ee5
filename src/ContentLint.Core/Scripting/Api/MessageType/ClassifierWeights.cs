namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Weights of the message-type markers and the thresholds of the verdict. A post's promotional
/// score is the sum, over the promotional categories it shows, of each category's weight (a
/// category counts once however often it occurs); the dialogue score likewise.
/// </summary>
/// <remarks>
/// How they were chosen: the scale is "3 = one marker is enough on its own" (a discount, a promo code,
/// an imperative to buy), "2 = clear but common on the other side too, needs corroboration" (a price alone,
/// a call to click, thanks), "1 = a hint" (a product launch, a link, a problem word). A reply's leading
/// mentions weigh nothing: they are the wrapper of a message, not what it says. The weights and the two
/// thresholds were then adjusted by hand on one half of the real posts in <c>../shared/corpus</c>
/// (rows whose SHA-256 of <c>id</c> starts with an even byte): brand replies from customer care
/// (<c>real-support-dialogue.jsonl</c>) must not read as promotional, and crowd-labelled calls to
/// action (<c>real-brand-promo.jsonl</c>, <c>label_confidence == 1</c>) must; the premium-rate, prize and offer
/// wording was added for the SMS tuning split of <c>tools/eval-data</c>, the French calls to act, pitch claims and offers
/// for its French tuning set (written for the project: the corpus has no French promotion). The other halves and the held-out samples
/// were only measured; <c>tools/persona-eval.sh</c> prints them all. A logistic regression over the same categories
/// (<c>tools/persona-train.py</c>) was measured against these weights and not kept (see CL3006's docs).
/// The weights are part of the features: they decide which of two overlapping markers counts. The three
/// thresholds make <see cref="TypeReading.Verdict"/>, the reading shared by CL3003, CL3007 and CL3009; CL3006
/// decides with its own options (<c>minScore</c>, <c>minLead</c>, <c>strongPromo</c>), whose defaults a
/// test keeps equal to these.
/// </remarks>
public static class ClassifierWeights
{
    /// <summary>An amount with a currency: <c>29,99 €</c>, <c>$49</c>, <c>9 €/mois</c>; alone it is a refund or an invoice as often as an offer.</summary>
    public const double Price = 2;

    /// <summary>A discount: <c>-20 %</c>, <c>30% off</c>, <c>20 % de réduction</c>.</summary>
    public const double Discount = 3;

    /// <summary>A promo code: <c>code NOEL</c>, <c>promo code SAVE20</c>.</summary>
    public const double PromoCode = 3;

    /// <summary>Deal words without a figure: <c>soldes</c>, <c>bon plan</c>, <c>sale</c>, <c>promo</c>.</summary>
    public const double Deal = 2;

    /// <summary>An imperative to buy: <c>Commandez</c>, <c>Buy now</c>, <c>Shop the collection</c>.</summary>
    public const double Buy = 3;

    /// <summary>An imperative to register or join: <c>Inscrivez-vous</c>, <c>Register</c>, <c>Join us</c>.</summary>
    public const double Register = 2.5;

    /// <summary>Premium-rate marketing: <c>txt NOKIA to 87077</c>, <c>call 09061221066</c>, <c>150p/msg</c>; no conversation uses them.</summary>
    public const double PremiumRate = 3;

    /// <summary>A call to click, read or watch (<c>Learn more</c>, <c>Découvrez</c>); support replies use them too.</summary>
    public const double Click = 2;

    /// <summary>"buy" without an imperative around it (<c>5 reasons to buy</c>).</summary>
    public const double BuyWord = 2;

    /// <summary>Content that teases a link: <c>5 tips for…</c>, <c>how to</c>, <c>voici nos conseils</c>.</summary>
    public const double Teaser = 2;

    /// <summary>A link: sending readers somewhere, which support replies do too.</summary>
    public const double Link = 1;

    /// <summary>Urgency: <c>last chance</c>, <c>dernière chance</c>, <c>jusqu'à ce soir</c>.</summary>
    public const double Urgency = 2;

    /// <summary>A link with campaign parameters (<c>utm_source=…</c>).</summary>
    public const double CampaignLink = 3;

    /// <summary>Something to win or for free: <c>à gagner</c>, <c>giveaway</c>, <c>livraison offerte</c>.</summary>
    public const double Offer = 2;

    /// <summary>A prize to claim: <c>you have won</c>, <c>claim your prize</c>, <c>click here to collect</c>.</summary>
    public const double PrizeClaim = 3;

    /// <summary>A launch: <c>new</c>, <c>nouveau</c>, <c>introducing</c>.</summary>
    public const double Launch = 1;

    /// <summary>
    /// A product pitch's claim (French): <c>en quelques clics</c>, <c>tout-en-un</c>, <c>la plus simple</c>, <c>idéal pour</c>;
    /// a hint, as a support reply says "facilement" too: with a call to act or a launch it makes a pitch.
    /// </summary>
    public const double Pitch = 1;

    /// <summary>An advertising hashtag or disclosure: <c>#ad</c>, <c>#concours</c>, <c>Publicité</c>.</summary>
    public const double AdLabel = 3;

    /// <summary>A greeting at the start: <c>Hi Anna</c>, <c>Bonjour</c>.</summary>
    public const double Greeting = 2;

    /// <summary>Thanks: <c>thank you</c>, <c>merci</c>.</summary>
    public const double Thanks = 2;

    /// <summary>An apology: <c>sorry</c>, <c>désolés</c>, <c>toutes nos excuses</c>.</summary>
    public const double Apology = 2.5;

    /// <summary>An offer of help: <c>happy to help</c>, <c>let us know</c>, <c>n'hésitez pas</c>.</summary>
    public const double Help = 2;

    /// <summary>A request to the reader: <c>could you</c>, <c>pourriez-vous</c>, <c>have you tried</c>.</summary>
    public const double Request = 2.5;

    /// <summary>A question.</summary>
    public const double Question = 1.5;

    /// <summary>
    /// A question that opens a text and is followed by more text ("Planning a trip? Book now…"):
    /// a hook, not a question to the reader, so it weighs nothing (it still counts as an invitation for CL3008).
    /// </summary>
    public const double HookQuestion = 0;

    /// <summary>An invitation to write privately: <c>DM us</c>, <c>écrivez-nous en MP</c>.</summary>
    public const double DirectMessage = 2.5;

    /// <summary>An invitation to get in touch: <c>contact us</c>, <c>contactez-nous</c>.</summary>
    public const double Contact = 1.5;

    /// <summary>An invitation to answer in public: <c>tell us</c>, <c>dites-nous en commentaire</c>.</summary>
    public const double Invite = 2;

    /// <summary>A problem being handled: <c>issue</c>, <c>error</c>, <c>votre commande</c>.</summary>
    public const double Issue = 1;

    /// <summary>An agent's signature at the end: <c>^JS</c>, <c>*MS</c>, <c>-Becky</c>: a person answering, which a broadcast never signs.</summary>
    public const double Signature = 2.5;

    /// <summary>
    /// A customer's grievance (French: <c>inadmissible</c>, <c>ça fait 3 jours</c>, <c>rendez-moi mon argent</c>): a message
    /// to the company, which also cancels the calls to act and offers of the same text (<see cref="MarkerCategory.CancelledByComplaint"/>).
    /// </summary>
    public const double Complaint = 2;

    /// <summary>Least score for a reading: one marker of weight 3, or two weaker ones.</summary>
    public const double Threshold = 3;

    /// <summary>
    /// Promotional score from which courtesy (greetings, thanks, apologies, signatures) no longer counts against a
    /// promotional reading: two strong markers, or a price, urgency and a call to buy. Politeness does not make a
    /// sales pitch a conversation.
    /// </summary>
    public const double StrongPromo = 6;

    /// <summary>How far a reading must lead the other one: support replies carry calls to click next to their dialogue markers.</summary>
    public const double Margin = 1.5;
}
