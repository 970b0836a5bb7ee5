using System.Text.RegularExpressions;

namespace ContentLint.Core.Tests.TempParity;

/// <summary>
/// Promotional markers, English and French. Patterns run on the folded text (lower case, accents
/// removed, typographic apostrophes and no-break spaces made plain, see FoldedText),
/// so they are written in lower-case ASCII and match <c>Découvrez</c>, <c>DECOUVREZ</c> and <c>découvrez</c>
/// alike; the promo code runs on the original text (a code is written in capitals).
/// </summary>
internal static partial class OldPromoPatterns
{
    // "Not after a letter, digit or _", written as "at the start or after another character": the same
    // positions, but the regex engine can then look for the characters that start a match instead of
    // trying every position (about twice as fast on a long post).
    private const string B = @"(?:^|(?<=[^\p{L}\p{N}_]))";
    private const string E = @"(?![\p{L}\p{N}_])";

    [GeneratedRegex(@"(?:[$€£]\s?\d[\d,.]*(?:\s?(?:k|m|bn|millions?)" + E + ")?|" + B + @"\d[\d.,]*(?:\s\d{3})*\s?(?:€|\$|£|(?:eur|euros?|usd|gbp|dollars?)" + E + @")(?:\s?(?:/|par\s)\s?(?:mois|an|month|year|mo|yr)" + E + ")?)")]
    public static partial Regex Price();

    [GeneratedRegex(@"(?:^|(?<=[^\p{L}\p{N}]))-\s?\d{1,2}(?:[.,]\d+)?\s?%|" + B + @"\d{1,2}\s?%\s?(?:off|de (?:reduction|remise|rabais)|offerts?|moins cher)" + E + "|" + B + @"(?:jusqu'a|up to|save|economisez)\s-?\d{1,3}\s?(?:%|€|\$|£)")]
    public static partial Regex Discount();

    // On the original text: the keyword in any case, the code itself in capitals or digits with a capital ("code NOEL",
    // "promo code SAVE20"); "error code CE-34878" and verification codes are support, not promotion.
    [GeneratedRegex(@"(?<!(?:error|erreur|verification|security|securite|confirmation|tracking|suivi|access|acces|sms|pin)\s)\b(?:promo\s?code|code(?:\s+promo)?|coupon(?:\s+code)?|discount code|voucher)\s*:?\s*(?-i:(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,15})(?![\p{L}\p{N}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex PromoCode();

    [GeneratedRegex(B + @"(?:soldes|promos?|bons? plans?|on sale|sale|discount(?:s|ed)?|deals?|rabais|black friday|cyber monday|prix (?:casses?|barres?|mini|choc|imbattables?)|moitie prix|half price|code promo|promo code|coupons?|petits? prix|meilleur prix|best price|special offer|offre (?:speciale|exceptionnelle|de lancement))" + E)]
    public static partial Regex Deal();

    [GeneratedRegex(B + @"(?:buy (?:now|yours|it now|one|online|tickets|today)|(?<=^|[.!?:]\s|\n)buy|order (?:now|yours|today|online|here)|pre-?order|shop (?:now|online|the|our|at)|available (?:now|today|in stores?|online)|now available|in stores now|add to (?:cart|basket)|get (?:yours|it now|your copy|your tickets)|grab (?:yours|one)|achetez|commandez|precommandez|en vente|disponible (?:des maintenant|maintenant|des aujourd'hui|en magasin|en ligne)|offrez-vous|craquez|profitez|faites-vous plaisir)" + E)]
    public static partial Regex Buy();

    // Bare "buy" without an imperative around it ("5 reasons to buy…"): weaker than a call to buy.
    [GeneratedRegex(B + @"(?:buy|buying|acheter|right now)" + E)]
    public static partial Regex BuyWord();

    [GeneratedRegex(B + @"(?:register(?: now| today| here| for| at)?|registration (?:is )?open|sign up|signup|subscribe|(?:let's |please )?join(?: us| the| our| now| live| tomorrow| today| in| at| webcast|(?= @))|rsvp|book (?:now|your|a|today)|save the date|enter (?:now|to win|here)|apply (?:now|today)|vote|votez|cast your vote|nominate|inscrivez-vous|inscris-toi|inscriptions? (?:ouvertes|gratuites?)|abonnez-vous|abonne-toi|reservez|participez|rejoignez(?:-nous)?|postulez|candidatez)" + E)]
    public static partial Regex Register();

    [GeneratedRegex(B + @"(?:learn (?:more|how|about|what|why)|read (?:more|the full|our|it|about|these|this)|find out(?: more| how| what| why| who)?|more (?:info|information|details)|for (?:more|further) info|see (?:how|what|why|more|the full|our|here|webcast|tips)|discover|check (?:out|it out|back)|click (?:here|the link|below|through)|watch (?:now|live|the video|our video|the full)|download (?:now|the app|our app|it now)|tune in|stay tuned|don't miss|do not miss|follow (?:us|along|our|the|live|it live)|rt (?:if|to)|retweet|take a look|have a look|take (?:our|the|this) (?:survey|quiz|poll)|weigh in|live webcast|webcast|livestream|live stream|watch live|en savoir plus|decouvrez|decouvrir|a decouvrir|regardez|retrouvez|lisez|ecoutez|venez|telechargez|cliquez|rendez-vous sur|rdv sur|lien en bio|link in bio|ne manquez pas|ne ratez pas|suivez|plus d'infos?|plus d'informations|toutes les infos|lire la suite|a lire|a voir|en direct|testez|essayez|try (?:it|our|now|the))" + E)]
    public static partial Regex Click();

    // An English imperative opening a sentence ("Watch Emily make…", "Please join."): the verb alone is ambiguous elsewhere.
    [GeneratedRegex(@"(?<=^\s?|[.!?:;…]\s|\n|[–—-]\s)(?:please )?(?:learn|read|see|view|watch|listen|join|visit|find|discover|check|follow|download|get|try|explore|meet|vote|enter|discuss|hear|subscribe|donate|register|shop|buy|order|click|tap|head|grab|save|tune|sign|book|apply|take)" + E)]
    public static partial Regex ImperativeStart();

    // Content that teases a link: listicles, tips, how-tos.
    [GeneratedRegex(B + @"(?:\d+ (?:#?tips|ways|reasons|steps|things|ideas|secrets|must-read|habits|signs|keys|facts|questions|trends|lessons|rules|mistakes|conseils|astuces|raisons|facons|idees|etapes)|tips? (?:for|to|on)|#?tips?:|how to|here's how|here are|#?did ?you ?know|voici (?:\d+|nos|mes|comment)|astuces?|conseils? (?:pour|de))" + E)]
    public static partial Regex Teaser();

    [GeneratedRegex(B + @"(?:today only|last chance|last day|final (?:days?|hours?|call)|limited (?:time|edition|offer|stock|spots|places)|hurry|ends (?:today|tonight|soon|sunday|at midnight|midnight)|while (?:stocks?|supplies) last|only \d+ (?:left|days? left)|don't wait|before it's gone|derniere chance|derniers? jours?|dernieres heures|aujourd'hui seulement|jusqu'a ce soir|jusqu'a minuit|offre limitee|edition limitee|places limitees|dans la limite des stocks(?: disponibles)?|ne tardez pas|depechez-vous|plus que \d+ jours?|j-\d+)" + E)]
    public static partial Regex Urgency();

    [GeneratedRegex(B + @"(?:free (?:shipping|delivery|trial|gift|sample|download|webinar|e-?book|consultation|entry|tickets?)|for free|gratuit(?:e|s|es)?|gratuitement|offert(?:e|s|es)?|livraison (?:offerte|gratuite)|a gagner|gagnez|tentez (?:de gagner|de remporter|votre chance)|remportez|a remporter|tirage au sort|pour participer|jeu[- ]concours|concours|giveaway|contest|sweepstakes?|win (?:a|an|one|your|tickets|big)|chance to win|cadeaux?)" + E)]
    public static partial Regex Offer();

    [GeneratedRegex(B + @"(?:new|brand new|nouveau|nouvelle|nouveaux|nouvelles|launch(?:es|ed|ing)?|introducing|unveil(?:s|ed|ing)?|lance|lancons|lancement|exclusi(?:f|ve|vite|vement)|inedit(?:e|s|es)?|en avant-premiere|premiere mondiale|coming soon|bientot disponible)" + E)]
    public static partial Regex Launch();

    [GeneratedRegex(@"#(?:ad|ads|advert|sponsored|sponsorise|sponso|promo|promotion|sale|soldes|giveaway|concours|contest|blackfriday|cybermonday|bonplan|bonsplans|codepromo|pub|publicite|partenariat|collab|gifted)" + E + "|" + B + @"(?:publicite|collaboration commerciale|partenariat remunere|sponsored|sponsorise(?:e)?|en partenariat avec|in partnership with|paid partnership)" + E)]
    public static partial Regex AdLabel();
}
