using System.Text.RegularExpressions;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>A marker found by a pattern.</summary>
/// <param name="Side">The type it points to.</param>
/// <param name="Category">Its category (<see cref="MarkerCategory"/>).</param>
/// <param name="Weight">Its weight (<see cref="ClassifierWeights"/>).</param>
/// <param name="Pattern">The pattern.</param>
/// <param name="OnOriginalText">True to run on the text as written rather than folded.</param>
internal sealed record MarkerRule(PostType Side, string Category, double Weight, Regex Pattern, bool OnOriginalText = false)
{
    /// <summary>Every pattern marker; replies, mentions, questions, greetings and campaign links are found from tokens.</summary>
    public static IReadOnlyList<MarkerRule> All { get; } =
    [
        new(PostType.Promo, MarkerCategory.Price, ClassifierWeights.Price, PromoPatterns.Price()),
        new(PostType.Promo, MarkerCategory.Discount, ClassifierWeights.Discount, PromoPatterns.Discount()),
        new(PostType.Promo, MarkerCategory.PromoCode, ClassifierWeights.PromoCode, PromoPatterns.PromoCode(), OnOriginalText: true),
        new(PostType.Promo, MarkerCategory.Deal, ClassifierWeights.Deal, PromoPatterns.Deal()),
        new(PostType.Promo, MarkerCategory.Buy, ClassifierWeights.Buy, PromoPatterns.Buy()),
        new(PostType.Promo, MarkerCategory.Buy, ClassifierWeights.BuyWord, PromoPatterns.BuyWord()),
        new(PostType.Promo, MarkerCategory.Register, ClassifierWeights.Register, PromoCallPatterns.Register()),
        new(PostType.Promo, MarkerCategory.Click, ClassifierWeights.Click, PromoCallPatterns.Click()),
        new(PostType.Promo, MarkerCategory.Click, ClassifierWeights.Click, PromoCallPatterns.ImperativeStart()),
        new(PostType.Promo, MarkerCategory.Teaser, ClassifierWeights.Teaser, PromoCallPatterns.Teaser()),
        new(PostType.Promo, MarkerCategory.Urgency, ClassifierWeights.Urgency, PromoCallPatterns.Urgency()),
        new(PostType.Promo, MarkerCategory.Offer, ClassifierWeights.Offer, PromoCallPatterns.Offer()),
        new(PostType.Promo, MarkerCategory.Launch, ClassifierWeights.Launch, PromoCallPatterns.Launch()),
        new(PostType.Promo, MarkerCategory.AdLabel, ClassifierWeights.AdLabel, PromoCallPatterns.AdLabel()),
        new(PostType.Dialogue, MarkerCategory.Thanks, ClassifierWeights.Thanks, DialoguePatterns.Thanks()),
        new(PostType.Dialogue, MarkerCategory.Apology, ClassifierWeights.Apology, DialoguePatterns.Apology()),
        new(PostType.Dialogue, MarkerCategory.Help, ClassifierWeights.Help, DialoguePatterns.Help()),
        new(PostType.Dialogue, MarkerCategory.Request, ClassifierWeights.Request, DialoguePatterns.Request()),
        new(PostType.Dialogue, MarkerCategory.DirectMessage, ClassifierWeights.DirectMessage, DialoguePatterns.DirectMessage()),
        new(PostType.Dialogue, MarkerCategory.Contact, ClassifierWeights.Contact, DialoguePatterns.Contact()),
        new(PostType.Dialogue, MarkerCategory.Invite, ClassifierWeights.Invite, DialoguePatterns.Invite()),
        new(PostType.Dialogue, MarkerCategory.Issue, ClassifierWeights.Issue, DialoguePatterns.Issue()),
        new(PostType.Dialogue, MarkerCategory.Signature, ClassifierWeights.Signature, DialoguePatterns.Signature(), OnOriginalText: true),
    ];
}
