using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Promotional markers about money and buying; the words are English or French (one pattern per language), the figures any (calls, urgency, offers and labels:
/// <see cref="PromoCallPatterns"/>). Patterns run on the folded text (lower case, accents removed,
/// typographic apostrophes and no-break spaces made plain, see <see cref="Matching.FoldedText"/>), so they
/// are written in lower-case ASCII and match <c>Découvrez</c>, <c>DECOUVREZ</c> and <c>découvrez</c> alike;
/// the promo code runs on the original text (a code is written in capitals). Each pattern is a list of
/// alternatives, one group per line, each group joined to the next with <c>|</c>.
/// </summary>
internal static partial class PromoPatterns
{
    /// <summary>
    /// "Not after a letter, digit or _", written as "at the start or after another character": the same positions,
    /// but the regex engine can then look for the characters that start a match instead of trying every position
    /// (about twice as fast on a long post).
    /// </summary>
    internal const string B = @"(?:^|(?<=[^\p{L}\p{N}_]))";

    /// <summary>Not before a letter, digit or _.</summary>
    internal const string E = @"(?![\p{L}\p{N}_])";

    // "$49", "€1.5 m", "£2bn": a currency sign first, then the amount, then perhaps a magnitude.
    private const string SignThenAmount = @"[$€£]\s?\d[\d,.]*(?:\s?(?:k|m|bn|millions?)" + E + ")?";

    // "29,99 €", "1 200 euros", "49 usd": the amount first (thousands may be spaced), then the currency.
    private const string AmountThenCurrency = B + @"\d[\d.,]*(?:\s\d{3})*\s?(?:€|\$|£|(?:eur|euros?|usd|gbp|dollars?)" + E + ")";

    // "/mois", "par an", "/yr" after an amount: a subscription price.
    private const string PerPeriod = @"(?:\s?(?:/|par\s)\s?(?:mois|an|month|year|mo|yr)" + E + ")?";

    [GeneratedRegex("(?:" + SignThenAmount + "|" + AmountThenCurrency + PerPeriod + ")")]
    public static partial Regex Price();

    // "-20 %", "-15.5%": a minus sign glued to a percentage (not after a letter or digit).
    private const string MinusPercent = @"(?:^|(?<=[^\p{L}\p{N}]))-\s?\d{1,2}(?:[.,]\d+)?\s?%";

    // "30% off", "20 % de réduction", "10 % offerts", "15 % moins cher".
    private const string PercentOff = B + @"\d{1,2}\s?%\s?(?:off|de (?:reduction|remise|rabais)|offerts?|moins cher)" + E;

    // "up to 50%", "jusqu'à -30 %", "save $20", "économisez 10 €".
    private const string UpTo = B + @"(?:jusqu'a|up to|save|economisez)\s-?\d{1,3}\s?(?:%|€|\$|£)";

    // French: a struck-out price ("au lieu de 39 €"), a discount stated first ("remise de 20 %", "10 € de réduction").
    private const string DiscountFrench =
        B + @"(?:au lieu de \d[\d.,]*\s?(?:€|euros?)|(?:remise|reduction|rabais) (?:de )?\d{1,3}\s?(?:%|€)" +
        @"|\d{1,3}\s?€ (?:de (?:reduction|remise|rabais)|d'economies?|offerts?))";

    [GeneratedRegex(MinusPercent + "|" + PercentOff + "|" + UpTo)]
    public static partial Regex Discount();

    [GeneratedRegex(DiscountFrench)]
    public static partial Regex DiscountFr();

    // Keywords after which a code is support, not promotion: "error code CE-34878", verification codes.
    private const string NotAfter = @"(?<!(?:error|erreur|verification|security|securite|confirmation|tracking|suivi|access|acces|sms|pin)\s)";

    // The keyword, in any case: "promo code", "code promo", "coupon code", "discount code", "voucher".
    private const string CodeKeyword = @"\b(?:promo\s?code|code(?:\s+promo)?|coupon(?:\s+code)?|discount code|voucher)\s*:?\s*";

    // The code itself, case-sensitive: 3 to 15 capitals or digits with at least one capital ("NOEL", "SAVE20").
    private const string CodeValue = @"(?-i:(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,15})(?![\p{L}\p{N}-])";

    // On the original text: "code NOEL", "promo code SAVE20".
    [GeneratedRegex(NotAfter + CodeKeyword + CodeValue, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PromoCode();

    // Deal words without a figure. English ("sale" is English only: French "sale" means dirty):
    private const string DealEnglish =
        "on sale|sale|sales event|discount(?:s|ed)?|deals?|black friday|cyber monday|half price" +
        "|promo code|coupons?|best price|special offer|promos?|clearance|bargains?" +
        "|2-4-1|buy one get one(?: free)?|bogof|double (?:mins|minutes|data)|(?:xmas|christmas|holiday|summer|great|latest|exclusive) offers?";

    // French:
    private const string DealFrench =
        "soldes|promos?|bons? plans?|rabais|black friday|prix (?:casses?|barres?|mini|choc|imbattables?)" +
        "|moitie prix|code promo|coupons?|petits? prix|meilleur prix|offre (?:speciale|exceptionnelle|de lancement)" +
        "|ventes? (?:privees?|flash)|destockage|liquidation totale|prix (?:de lancement|reduits?)|tarifs? (?:de lancement|preferentiels?|reduits?)" +
        "|sans engagement|(?:la|le|les) moins chere?s?|economisez|(?:le|la) (?:2e|deuxieme|seconde?) (?:est )?(?:a|offerte?|gratuite?)|pour seulement";

    [GeneratedRegex(B + "(?:" + DealEnglish + ")" + E)]
    public static partial Regex DealEn();

    [GeneratedRegex(B + "(?:" + DealFrench + ")" + E)]
    public static partial Regex DealFr();

    // An imperative to buy. English:
    private const string BuyEnglish =
        "buy (?:now|yours|it now|one|online|tickets|today)" +
        @"|(?<=^|[.!?:]\s|\n)buy" + // "Buy" opening a sentence
        "|order (?:now|yours|today|online|here)|pre-?order" +
        "|shop (?:now|online|the|our|at)" +
        "|available (?:now|today|in stores?|online)|now available|in stores now" +
        "|add to (?:cart|basket)" +
        "|get (?:yours|it now|your copy|your tickets)|grab (?:yours|one)|call now to order";

    // French:
    private const string BuyFrench =
        "achetez|commandez|precommandez|en vente" +
        "|disponible (?:des maintenant|maintenant|des aujourd'hui|en magasin|en ligne)" +
        "|offrez-vous|craquez|profitez|faites-vous plaisir|procurez-vous" +
        "|disponible (?:des maintenant |gratuitement |maintenant )?(?:sur|dans) (?:l'app ?store|l'apple store|google play|le play store|android et ios|ios et android)";

    [GeneratedRegex(B + "(?:" + BuyEnglish + ")" + E)]
    public static partial Regex BuyEn();

    [GeneratedRegex(B + "(?:" + BuyFrench + ")" + E)]
    public static partial Regex BuyFr();

    // Bare "buy" without an imperative around it ("5 reasons to buy…"): weaker than a call to buy.
    [GeneratedRegex(B + "(?:buy|buying|right now)" + E)]
    public static partial Regex BuyWordEn();

    [GeneratedRegex(B + "(?:acheter)" + E)]
    public static partial Regex BuyWordFr();
}
