using System.Text.RegularExpressions;
using static ContentLint.Core.Scripting.Api.MessageType.PromoPatterns;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Promotional markers that call the reader to act, tease, hurry or win, and advertising labels, English
/// and French, on the folded text (see <see cref="PromoPatterns"/>; <c>B</c> and <c>E</c> are its word edges).
/// </summary>
internal static partial class PromoCallPatterns
{
    // An imperative to register, join, book, apply or vote.
    private const string RegisterTerms =
        "register(?: now| today| here| for| at)?|registration (?:is )?open|sign up|signup|subscribe" +
        "|(?:let's |please )?join(?: us| the| our| now| live| tomorrow| today| in| at| webcast|(?= @))" +
        "|rsvp|book (?:now|your|a|today)|save the date|enter (?:now|to win|here)|apply (?:now|today)" +
        "|vote|votez|cast your vote|nominate" +
        "|inscrivez-vous|inscris-toi|inscriptions? (?:ouvertes|gratuites?)|abonnez-vous|abonne-toi" +
        "|reservez|participez|rejoignez(?:-nous)?|postulez|candidatez";

    [GeneratedRegex(B + "(?:" + RegisterTerms + ")" + E)]
    public static partial Regex Register();

    // A call to click, read, watch, follow or try. English:
    private const string ClickTermsEnglish =
        "learn (?:more|how|about|what|why)|read (?:more|the full|our|it|about|these|this)" +
        "|find out(?: more| how| what| why| who)?|more (?:info|information|details)|for (?:more|further) info" +
        "|see (?:how|what|why|more|the full|our|here|webcast|tips)|discover|check (?:out|it out|back)" +
        "|click (?:here|the link|below|through)|watch (?:now|live|the video|our video|the full)" +
        "|download (?:now|the app|our app|it now)|tune in|stay tuned|don't miss|do not miss" +
        "|follow (?:us|along|our|the|live|it live)|rt (?:if|to)|retweet|take a look|have a look" +
        "|take (?:our|the|this) (?:survey|quiz|poll)|weigh in" +
        "|live webcast|webcast|livestream|live stream|watch live";

    // French (and the link-in-bio and "try" calls, after them as in the original list):
    private const string ClickTermsFrench =
        "en savoir plus|decouvrez|decouvrir|a decouvrir|regardez|retrouvez|lisez|ecoutez|venez|telechargez|cliquez" +
        "|rendez-vous sur|rdv sur|lien en bio|link in bio|ne manquez pas|ne ratez pas|suivez" +
        "|plus d'infos?|plus d'informations|toutes les infos|lire la suite|a lire|a voir|en direct" +
        "|testez|essayez|try (?:it|our|now|the)";

    [GeneratedRegex(B + "(?:" + ClickTermsEnglish + "|" + ClickTermsFrench + ")" + E)]
    public static partial Regex Click();

    // Where a sentence starts: the text's start (after one space), after . ! ? : ; … or a dash, or a new line.
    private const string SentenceStart = @"(?<=^\s?|[.!?:;…]\s|\n|[–—-]\s)";

    // English verbs that are a call when they open a sentence ("Watch Emily make…"); ambiguous elsewhere.
    private const string ImperativeVerbs =
        "learn|read|see|view|watch|listen|join|visit|find|discover|check|follow|download|get|try|explore|meet" +
        "|vote|enter|discuss|hear|subscribe|donate|register|shop|buy|order|click|tap|head|grab|save|tune|sign" +
        "|book|apply|take";

    [GeneratedRegex(SentenceStart + "(?:please )?(?:" + ImperativeVerbs + ")" + E)]
    public static partial Regex ImperativeStart();

    // Content that teases a link: listicles ("5 tips", "3 raisons"), tips, how-tos.
    private const string ListicleNouns =
        "#?tips|ways|reasons|steps|things|ideas|secrets|must-read|habits|signs|keys|facts|questions|trends" +
        "|lessons|rules|mistakes|conseils|astuces|raisons|facons|idees|etapes";

    private const string TeaserTerms =
        @"\d+ (?:" + ListicleNouns + ")" +
        "|tips? (?:for|to|on)|#?tips?:|how to|here's how|here are|#?did ?you ?know" +
        "|voici (?:\\d+|nos|mes|comment)|astuces?|conseils? (?:pour|de)";

    [GeneratedRegex(B + "(?:" + TeaserTerms + ")" + E)]
    public static partial Regex Teaser();

    // Urgency. English, then French:
    private const string UrgencyTerms =
        "today only|last chance|last day|final (?:days?|hours?|call)" +
        "|limited (?:time|edition|offer|stock|spots|places)|hurry" +
        "|ends (?:today|tonight|soon|sunday|at midnight|midnight)|while (?:stocks?|supplies) last" +
        @"|only \d+ (?:left|days? left)|don't wait|before it's gone" +
        "|derniere chance|derniers? jours?|dernieres heures|aujourd'hui seulement|jusqu'a ce soir|jusqu'a minuit" +
        "|offre limitee|edition limitee|places limitees|dans la limite des stocks(?: disponibles)?" +
        @"|ne tardez pas|depechez-vous|plus que \d+ jours?|j-\d+";

    [GeneratedRegex(B + "(?:" + UrgencyTerms + ")" + E)]
    public static partial Regex Urgency();

    // Something free or to win.
    private const string OfferTerms =
        "free (?:shipping|delivery|trial|gift|sample|download|webinar|e-?book|consultation|entry|tickets?)" +
        "|for free|gratuit(?:e|s|es)?|gratuitement|offert(?:e|s|es)?|livraison (?:offerte|gratuite)" +
        "|a gagner|gagnez|tentez (?:de gagner|de remporter|votre chance)|remportez|a remporter|tirage au sort" +
        "|pour participer|jeu[- ]concours|concours|giveaway|contest|sweepstakes?" +
        "|win (?:a|an|one|your|tickets|big)|chance to win|cadeaux?";

    [GeneratedRegex(B + "(?:" + OfferTerms + ")" + E)]
    public static partial Regex Offer();

    // A launch or an exclusive.
    private const string LaunchTerms =
        "new|brand new|nouveau|nouvelle|nouveaux|nouvelles|launch(?:es|ed|ing)?|introducing|unveil(?:s|ed|ing)?" +
        "|lance|lancons|lancement|exclusi(?:f|ve|vite|vement)|inedit(?:e|s|es)?" +
        "|en avant-premiere|premiere mondiale|coming soon|bientot disponible";

    [GeneratedRegex(B + "(?:" + LaunchTerms + ")" + E)]
    public static partial Regex Launch();

    // Advertising hashtags (after '#') and disclosure wording.
    private const string AdHashtags =
        "ad|ads|advert|sponsored|sponsorise|sponso|promo|promotion|sale|soldes|giveaway|concours|contest" +
        "|blackfriday|cybermonday|bonplan|bonsplans|codepromo|pub|publicite|partenariat|collab|gifted";

    private const string AdWording =
        "publicite|collaboration commerciale|partenariat remunere|sponsored|sponsorise(?:e)?" +
        "|en partenariat avec|in partnership with|paid partnership";

    [GeneratedRegex("#(?:" + AdHashtags + ")" + E + "|" + B + "(?:" + AdWording + ")" + E)]
    public static partial Regex AdLabel();
}
