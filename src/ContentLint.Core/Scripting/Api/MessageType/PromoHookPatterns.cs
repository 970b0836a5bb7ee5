using System.Text.RegularExpressions;
using static ContentLint.Core.Scripting.Api.MessageType.PromoPatterns;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Promotional markers that hurry, offer, launch or label (advertising hashtags, disclosures, opt-out lines), one pattern per language, on the folded text (see
/// <see cref="PromoPatterns"/>; <c>B</c> and <c>E</c> are its word edges).
/// </summary>
internal static partial class PromoHookPatterns
{
    // Urgency. English:
    private const string UrgencyEnglish =
        "today only|last chance|last day|final (?:days?|hours?|call)" +
        "|limited (?:time|edition|offer|stock|spots|places)|hurry|act (?:now|fast|today)|for a limited time" +
        "|(?:offer )?ends (?:today|tonight|soon|sunday|at midnight|midnight)|while (?:stocks?|supplies) last" +
        @"|only \d+ (?:left|days? left)|don't wait|before it's gone|don't miss out|expires (?:today|tonight|soon)" +
        @"|urgent|valid (?:for |until |till )?\d+ ?(?:hrs|hours|days)|\d+ ?(?:hrs|hours) only" +
        @"|(?<=(?:call|text|txt|reply|claim|chat|order)(?: \d{4,12})? )now|final (?:contact )?attempt|(?:offer )?(?:ends|expires) \d";

    // French:
    private const string UrgencyFrench =
        "derniere chance|derniers? jours?|dernieres heures|aujourd'hui seulement|jusqu'a ce soir|jusqu'a minuit" +
        "|offre limitee|edition limitee|places limitees|dans la limite des stocks(?: disponibles)?" +
        @"|ne tardez pas|depechez-vous|plus que \d+ (?:jours?|heures?|places?)|j-\d+" +
        @"|offre valable|valable jusqu'au|(?:cette semaine|ce week-end|ce mois-ci) seulement|seulement (?:cette semaine|ce week-end|aujourd'hui)" +
        @"|(?:pour une|a) duree limitee|pour un temps limite|c'est le moment|a ne pas (?:manquer|rater)|pour les \d+ premiers" +
        @"|jusqu'au \d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)";

    [GeneratedRegex(B + "(?:" + UrgencyEnglish + ")" + E)]
    public static partial Regex UrgencyEn();

    [GeneratedRegex(B + "(?:" + UrgencyFrench + ")" + E)]
    public static partial Regex UrgencyFr();

    // Something free, to win or to claim. English:
    private const string OfferEnglish =
        "free (?:shipping|delivery|trial|gift|sample|download|webinar|e-?book|consultation|entry|tickets?)" +
        "|for free|giveaway|contest|sweepstakes?|win (?:a|an|one|your|tickets|big)|chance to win" +
        "|(?:have been|are|were) (?:selected|chosen)|selected to receive|claim (?:now|code)|to claim" +
        "|(?:cash )?prizes?|prize draw|free (?:entry|msg|message|ringtone|text|call|access)|for only" +
        "|free (?:bluetooth|camera|phone|mobile|nokia|tones?|games?|video|pics|upgrade|credit|holiday|vouchers?|calls|texts|txts|mins|minutes)" +
        "|(?:1st|first) (?:week|wk|month|tone|msg) free|chance 2 win|2 win";

    // French:
    private const string OfferFrench =
        "gratuit(?:e|s|es)?|gratuitement|offert(?:e|s|es)?|livraison (?:offerte|gratuite)" +
        "|a gagner|gagnez(?! du temps)|tentez (?:de gagner|de remporter|votre chance)|remportez|a remporter|tirage au sort" +
        "|pour participer|jeu[- ]concours|concours|cadeaux?|tente (?:ta chance|de gagner|de remporter)|carte cadeau|bons? d'achat|essai gratuit|entree libre";

    [GeneratedRegex(B + "(?:" + OfferEnglish + ")" + E)]
    public static partial Regex OfferEn();

    // A prize to claim: the lure of a prize mailing, strong on its own. The "to collect" after "click here" is
    // matched apart from the call to click, so each counts.
    private const string PrizeClaimEnglish =
        "you(?:'ve| have) won|claim (?:your|ur) (?:prize|reward|gift|cash|bonus)|(?<=(?:click|tap) here )to (?:collect|claim|win)" +
        "|(?:you|u) (?:are|r) (?:a )?(?:winner|awarded)|(?:you|u)(?:'ve| have| ave) (?:been )?(?:won|awarded|specially selected)" +
        "|(?:are|r) entitled to (?:update|upgrade|a free|claim)|guaranteed (?:£|\\$|cash|prize)|cash prize|prize reward";

    [GeneratedRegex(B + "(?:" + PrizeClaimEnglish + ")" + E)]
    public static partial Regex PrizeClaimEn();

    [GeneratedRegex(B + "(?:" + OfferFrench + ")" + E)]
    public static partial Regex OfferFr();

    // "FREE" in capitals (on the original text): an advertised giveaway; "free" in lower case is as often "feel free".
    [GeneratedRegex(B + "FREE" + E)]
    public static partial Regex OfferCapitalsEn();

    // A launch or an exclusive. English, then French:
    private const string LaunchEnglish =
        "new|brand new|launch(?:es|ed|ing)?|introducing|unveil(?:s|ed|ing)?|exclusive(?:ly)?|coming soon";

    private const string LaunchFrench =
        "nouveau|nouvelle|nouveaux|nouvelles|lance|lancons|lancement|exclusi(?:f|ve|vite|vement)|inedit(?:e|s|es)?" +
        "|en avant-premiere|premiere mondiale|bientot disponible" +
        "|nouveautes?|tout nouveau|toute nouvelle|enfin disponible|vient de sortir|nouvelle version|debarque|ouverture de notre";

    [GeneratedRegex(B + "(?:" + LaunchEnglish + ")" + E)]
    public static partial Regex LaunchEn();

    [GeneratedRegex(B + "(?:" + LaunchFrench + ")" + E)]
    public static partial Regex LaunchFr();

    // Advertising hashtags (after '#', any language: a label, not a word) and disclosure wording.
    private const string AdHashtags =
        "ad|ads|advert|sponsored|sponsorise|sponso|promo|promotion|sale|soldes|giveaway|concours|contest" +
        "|blackfriday|cybermonday|bonplan|bonsplans|codepromo|pub|publicite|partenariat|collab|gifted";

    // Disclosure, and the opt-out and conditions lines only marketing messages carry.
    private const string AdWording =
        "publicite|collaboration commerciale|partenariat remunere|sponsored|sponsorise(?:e)?" +
        "|en partenariat avec|in partnership with|paid partnership" +
        "|(?:txt|text|reply|send) stop|opt[- ]?out|t ?& ?cs? apply|terms (?:and conditions )?apply|offre soumise a conditions|voir conditions" +
        "|stop ?2 ?(?:stop|end|cancel|quit)|2 ?stop ?txt|call ?2 ?optout|t ?& ?c'?s|tncs|t's and c's|txt ?no 4 no ads";

    [GeneratedRegex("#(?:" + AdHashtags + ")" + E + "|" + B + "(?:" + AdWording + ")" + E)]
    public static partial Regex AdLabel();
}
