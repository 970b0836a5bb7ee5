namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>Names of the marker categories (<see cref="TypeMarker.Category"/>); each counts once per post.</summary>
public static class MarkerCategory
{
    /// <summary>An amount with a currency.</summary>
    public const string Price = "price";

    /// <summary>A discount.</summary>
    public const string Discount = "discount";

    /// <summary>A promo code.</summary>
    public const string PromoCode = "promo code";

    /// <summary>Deal words.</summary>
    public const string Deal = "deal";

    /// <summary>A call to buy.</summary>
    public const string Buy = "call to buy";

    /// <summary>A call to register or join.</summary>
    public const string Register = "call to register";

    /// <summary>Premium-rate marketing: a keyword to text to a short code, a premium line, a charge per message or minute.</summary>
    public const string PremiumRate = "premium rate";

    /// <summary>A call to click, read or watch.</summary>
    public const string Click = "call to click";

    /// <summary>Content that teases a link.</summary>
    public const string Teaser = "teaser";

    /// <summary>A link in a text that answers no one.</summary>
    public const string Link = "link";

    /// <summary>Urgency.</summary>
    public const string Urgency = "urgency";

    /// <summary>A link with campaign parameters.</summary>
    public const string CampaignLink = "campaign link";

    /// <summary>Something to win or free.</summary>
    public const string Offer = "offer";

    /// <summary>A launch.</summary>
    public const string Launch = "launch";

    /// <summary>A product pitch's claim: easy, fast, all in one, the best, made for you, used by thousands.</summary>
    public const string Pitch = "pitch";

    /// <summary>An advertising hashtag or disclosure.</summary>
    public const string AdLabel = "ad label";

    /// <summary>The text starts with a mention (weight 0: the wrapper of a reply, not evidence of its type).</summary>
    public const string Reply = "reply";

    /// <summary>A mention anywhere (weight 0: evidence of an addressee, not of dialogue).</summary>
    public const string Mention = "mention";

    /// <summary>A greeting at the start.</summary>
    public const string Greeting = "greeting";

    /// <summary>Thanks.</summary>
    public const string Thanks = "thanks";

    /// <summary>An apology.</summary>
    public const string Apology = "apology";

    /// <summary>An offer of help.</summary>
    public const string Help = "help";

    /// <summary>A request to the reader.</summary>
    public const string Request = "request";

    /// <summary>A question.</summary>
    public const string Question = "question";

    /// <summary>An invitation to write privately.</summary>
    public const string DirectMessage = "direct message";

    /// <summary>An invitation to get in touch.</summary>
    public const string Contact = "contact";

    /// <summary>An invitation to answer in public.</summary>
    public const string Invite = "invitation";

    /// <summary>A problem being handled.</summary>
    public const string Issue = "issue";

    /// <summary>An agent's signature.</summary>
    public const string Signature = "signature";

    /// <summary>A customer's grievance (French): reproach, a service lost or awaited, money charged or owed, a threat to leave.</summary>
    public const string Complaint = "complaint";

    /// <summary>Courtesy that any message can carry: it counts for dialogue but not against strong promotional evidence.</summary>
    public static IReadOnlyList<string> Courtesy { get; } = [Greeting, Thanks, Apology, Signature];

    /// <summary>Categories that invite an answer (what a dialogue post needs at least one of, unless it answers someone).</summary>
    public static IReadOnlyList<string> Invitations { get; } = [Reply, Mention, Question, Request, DirectMessage, Contact, Invite];

    /// <summary>
    /// Promotional categories that a complaint in the same text cancels (they weigh nothing there): an angry customer's
    /// imperative ("Remettez la wifi !") is no call to act, and the prices they quote ("116 € au lieu de 49,99 €") no
    /// offer. Promo codes, advertising labels, campaign links and premium-rate mechanics still count.
    /// </summary>
    public static IReadOnlyList<string> CancelledByComplaint { get; } = [Buy, Register, Click, Teaser, Price, Discount, Deal, Offer, Urgency, Launch, Pitch];

    /// <summary>
    /// Categories that show a text answers someone (a greeting, an apology, an offer of help, an agent's signature): a
    /// dialogue turn that needs no further invitation (see also <see cref="ReplyCues"/>).
    /// </summary>
    public static IReadOnlyList<string> Answers { get; } = [Greeting, Apology, Help, Signature];
}
