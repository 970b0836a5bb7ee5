using System.Text.RegularExpressions;
using ContentLint.Core.Documents;
using static ContentLint.Core.Scripting.Api.MessageType.MarkerLanguage;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>A marker found by a pattern.</summary>
/// <param name="Side">The type it points to.</param>
/// <param name="Category">Its category (<see cref="MarkerCategory"/>).</param>
/// <param name="Weight">Its weight (<see cref="ClassifierWeights"/>).</param>
/// <param name="Language">The language its words are in (<see cref="MarkerLanguage.Any"/>: figures, labels, signatures).</param>
/// <param name="Pattern">The pattern.</param>
/// <param name="OnOriginalText">True to run on the text as written rather than folded.</param>
/// <param name="NotAfter">When it matches at a match's start (<c>\G</c>, looking behind), that match is no marker.</param>
internal sealed record MarkerRule(PostType Side, string Category, double Weight, MarkerLanguage Language, Regex Pattern, bool OnOriginalText = false, Regex? NotAfter = null)
{
    /// <summary>True when the rule runs on a text in <paramref name="language"/> (<see cref="MarkerLanguage.Any"/>: not known).</summary>
    public bool AppliesTo(MarkerLanguage language) => Language == Any || language == Any || Language == language;

    private MarkerPrefilter? _prefilter;
    private bool _prefilterRead;
    private object? _prefilterLock;

    /// <summary>
    /// Skips a text the pattern cannot match (null when no literal every match contains is known). Read on first use:
    /// a check in one language never pays for the other language's patterns. Once read, no delegate is made per call.
    /// </summary>
    public MarkerPrefilter? Prefilter => Volatile.Read(ref _prefilterRead)
        ? _prefilter
        : LazyInitializer.EnsureInitialized(ref _prefilter, ref _prefilterRead, ref _prefilterLock, () => MarkerPrefilter.For(Pattern));

    /// <summary>Every pattern marker; mentions, questions and campaign links are found from tokens.</summary>
    public static IReadOnlyList<MarkerRule> All { get; } =
    [
        new(PostType.Promo, MarkerCategory.Price, ClassifierWeights.Price, Any, PromoPatterns.Price()),
        new(PostType.Promo, MarkerCategory.Discount, ClassifierWeights.Discount, Any, PromoPatterns.Discount()),
        new(PostType.Promo, MarkerCategory.Discount, ClassifierWeights.Discount, French, PromoPatterns.DiscountFr()),
        new(PostType.Promo, MarkerCategory.PromoCode, ClassifierWeights.PromoCode, Any, PromoPatterns.PromoCode(), OnOriginalText: true),
        new(PostType.Promo, MarkerCategory.Deal, ClassifierWeights.Deal, English, PromoPatterns.DealEn()),
        new(PostType.Promo, MarkerCategory.Deal, ClassifierWeights.Deal, French, PromoPatterns.DealFr()),
        new(PostType.Promo, MarkerCategory.Buy, ClassifierWeights.Buy, English, PromoPatterns.BuyEn()),
        new(PostType.Promo, MarkerCategory.Buy, ClassifierWeights.Buy, French, PromoPatterns.BuyFr()),
        new(PostType.Promo, MarkerCategory.Buy, ClassifierWeights.BuyWord, English, PromoPatterns.BuyWordEn()),
        new(PostType.Promo, MarkerCategory.Buy, ClassifierWeights.BuyWord, French, PromoPatterns.BuyWordFr()),
        new(PostType.Promo, MarkerCategory.Register, ClassifierWeights.Register, English, PromoCallPatterns.RegisterEn()),
        new(PostType.Promo, MarkerCategory.Register, ClassifierWeights.Register, French, PromoCallPatterns.RegisterFr()),
        new(PostType.Promo, MarkerCategory.PremiumRate, ClassifierWeights.PremiumRate, English, PromoCallPatterns.PremiumEn()),
        new(PostType.Promo, MarkerCategory.Click, ClassifierWeights.Click, English, PromoCallPatterns.ClickEn()),
        new(PostType.Promo, MarkerCategory.Click, ClassifierWeights.Click, French, PromoCallPatterns.ClickFr()),
        new(PostType.Promo, MarkerCategory.Click, ClassifierWeights.Click, English, PromoCallPatterns.ImperativeStartEn()),
        new(PostType.Promo, MarkerCategory.Click, ClassifierWeights.Click, French, PromoCallPatterns.ImperativeStartFr()),
        new(PostType.Promo, MarkerCategory.Click, ClassifierWeights.Click, French, PromoCallPatterns.TuImperativeStartFr(), OnOriginalText: true),
        new(PostType.Promo, MarkerCategory.Teaser, ClassifierWeights.Teaser, English, PromoCallPatterns.TeaserEn()),
        new(PostType.Promo, MarkerCategory.Teaser, ClassifierWeights.Teaser, French, PromoCallPatterns.TeaserFr()),
        new(PostType.Promo, MarkerCategory.Urgency, ClassifierWeights.Urgency, English, PromoHookPatterns.UrgencyEn()),
        new(PostType.Promo, MarkerCategory.Urgency, ClassifierWeights.Urgency, French, PromoHookPatterns.UrgencyFr()),
        new(PostType.Promo, MarkerCategory.Offer, ClassifierWeights.Offer, English, PromoHookPatterns.OfferEn()),
        new(PostType.Promo, MarkerCategory.Offer, ClassifierWeights.Offer, French, PromoHookPatterns.OfferFr()),
        new(PostType.Promo, MarkerCategory.Offer, ClassifierWeights.PrizeClaim, English, PromoHookPatterns.PrizeClaimEn()),
        new(PostType.Promo, MarkerCategory.Offer, ClassifierWeights.Offer, English, PromoHookPatterns.OfferCapitalsEn(), OnOriginalText: true),
        new(PostType.Promo, MarkerCategory.Launch, ClassifierWeights.Launch, English, PromoHookPatterns.LaunchEn()),
        new(PostType.Promo, MarkerCategory.Launch, ClassifierWeights.Launch, French, PromoHookPatterns.LaunchFr()),
        new(PostType.Promo, MarkerCategory.Pitch, ClassifierWeights.Pitch, French, PromoPitchPatterns.PitchFr()),
        new(PostType.Promo, MarkerCategory.AdLabel, ClassifierWeights.AdLabel, Any, PromoHookPatterns.AdLabel()),
        new(PostType.Dialogue, MarkerCategory.Thanks, ClassifierWeights.Thanks, English, DialoguePatterns.ThanksEn()),
        new(PostType.Dialogue, MarkerCategory.Thanks, ClassifierWeights.Thanks, French, DialoguePatterns.ThanksFr()),
        new(PostType.Dialogue, MarkerCategory.Apology, ClassifierWeights.Apology, English, DialoguePatterns.ApologyEn()),
        new(PostType.Dialogue, MarkerCategory.Apology, ClassifierWeights.Apology, French, DialoguePatterns.ApologyFr()),
        new(PostType.Dialogue, MarkerCategory.Help, ClassifierWeights.Help, English, DialoguePatterns.HelpEn()),
        new(PostType.Dialogue, MarkerCategory.Help, ClassifierWeights.Help, French, DialoguePatterns.HelpFr()),
        new(PostType.Dialogue, MarkerCategory.Request, ClassifierWeights.Request, English, DialoguePatterns.RequestEn()),
        new(PostType.Dialogue, MarkerCategory.Request, ClassifierWeights.Request, French, DialoguePatterns.RequestFr()),
        new(PostType.Dialogue, MarkerCategory.DirectMessage, ClassifierWeights.DirectMessage, English, DialoguePatterns.DirectMessageEn()),
        new(PostType.Dialogue, MarkerCategory.DirectMessage, ClassifierWeights.DirectMessage, French, DialoguePatterns.DirectMessageFr()),
        new(PostType.Dialogue, MarkerCategory.Contact, ClassifierWeights.Contact, English, DialoguePatterns.ContactEn()),
        new(PostType.Dialogue, MarkerCategory.Contact, ClassifierWeights.Contact, French, DialoguePatterns.ContactFr()),
        new(PostType.Dialogue, MarkerCategory.Invite, ClassifierWeights.Invite, English, DialoguePatterns.InviteEn()),
        new(PostType.Dialogue, MarkerCategory.Invite, ClassifierWeights.Invite, French, DialoguePatterns.InviteFr()),
        new(PostType.Dialogue, MarkerCategory.Issue, ClassifierWeights.Issue, English, DialoguePatterns.IssueEn()),
        new(PostType.Dialogue, MarkerCategory.Issue, ClassifierWeights.Issue, French, DialoguePatterns.IssueFr()),
        new(PostType.Dialogue, MarkerCategory.Complaint, ClassifierWeights.Complaint, French, ComplaintPatterns.ComplaintFr(), NotAfter: ComplaintPatterns.NegatedFr()),
        new(PostType.Dialogue, MarkerCategory.Signature, ClassifierWeights.Signature, Any, DialoguePatterns.Signature(), OnOriginalText: true),
    ];

    /// <summary>The greeting patterns (anchored where the text's body starts, on the original text), by language.</summary>
    public static IReadOnlyList<(MarkerLanguage Language, Regex Pattern)> Greetings { get; } =
        [(English, DialoguePatterns.GreetingEn()), (French, DialoguePatterns.GreetingFr())];
}
