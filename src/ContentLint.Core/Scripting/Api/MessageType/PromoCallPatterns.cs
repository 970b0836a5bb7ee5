using System.Text.RegularExpressions;
using static ContentLint.Core.Scripting.Api.MessageType.PromoPatterns;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Promotional markers that call the reader to register, click or read, one pattern per language, on the folded
/// text (see <see cref="PromoPatterns"/>; <c>B</c> and <c>E</c> are its word edges). Urgency, offers, launches and
/// advertising labels: <see cref="PromoHookPatterns"/>.
/// </summary>
internal static partial class PromoCallPatterns
{
    // An imperative to register, join, book, apply or vote. English, then French:
    private const string RegisterEnglish =
        "register(?: now| today| here| for| at)?|registration (?:is )?open|sign up|signup|subscribe" +
        "|(?:let's |please )?join(?: us| the| our| now| live| tomorrow| today| in| at| webcast|(?= @))" +
        "|rsvp|book (?:now|your|a|today)|save the date|enter (?:now|to win|here)|apply (?:now|today)" +
        "|vote|cast your vote|nominate" +
        @"|call (?:now |free )?(?:on )?08\d{8,9}"; // freephone and national lines (premium ones: PremiumEnglish)

    private const string RegisterFrench =
        "votez|inscrivez-vous|inscris-toi|inscriptions? (?:ouvertes|gratuites?)|abonnez-vous|abonne-toi" +
        "|reservez|participez|rejoignez(?:-nous)?|postulez|candidatez" +
        "|demandez (?:votre|un|une|vos) (?:devis|demo|demonstration|essai|echantillons?|catalogue)|devis (?:gratuit|en ligne|en \\d+ minutes)" +
        "|(?:likez?|aimez?) (?:ce post|cette publication|la page)|identifiez? (?:un|une|deux|trois|\\d+|tes|ton|ta|vos|votre) (?:amie?s?|potes?)";

    [GeneratedRegex(B + "(?:" + RegisterEnglish + ")" + E)]
    public static partial Regex RegisterEn();

    // The mechanics of premium-rate marketing, strong on their own: a keyword to text to a short code ("txt NOKIA to
    // 87077", "reply with: WIN to 83355"), a call to a premium line (09…, 087…), a charge per message or minute
    // ("150p/msg", "10p per min", "150ppm", "£1/min").
    private const string PremiumEnglish =
        @"(?:text|txt|txting|texting|send|reply|rply)(?: with:?| back)? (?:[\w#]+ ){1,4}to \d{4,6}" +
        @"|(?:call|ring|dial)(?: now| free)?(?: on)? 087\d{8}|(?<!\d)09\d{9}(?!\d)" +
        @"|\d+p ?(?:/|per ) ?(?:msg|min|text|txt|call|week|wk|tone|meg|rcvd|sms)|\d+ppm";

    // A charge in pounds per minute or message, glued to the word before it as often as not ("Calls£1/min").
    private const string PoundsPer = @"£\d+(?:[.,]\d\d)? ?/ ?(?:min|msg)";

    [GeneratedRegex(B + "(?:" + PremiumEnglish + ")|" + PoundsPer)]
    public static partial Regex PremiumEn();

    [GeneratedRegex(B + "(?:" + RegisterFrench + ")" + E)]
    public static partial Regex RegisterFr();

    // A call to click, read, watch, follow or try. English:
    private const string ClickEnglish =
        "learn (?:more|how|about|what|why)|read (?:more|the full|our|it|about|these|this)" +
        "|find out(?: more| how| what| why| who)?|more (?:info|information|details)|for (?:more|further) info" +
        "|see (?:how|what|why|more|the full|our|here|webcast|tips)|discover|check (?:out|it out|back)" +
        "|click (?:here|the link|below|through)|watch (?:now|live|the video|our video|the full)" +
        "|download (?:now|the app|our app|it now)|tune in|stay tuned|don't miss|do not miss" +
        "|follow (?:us|along|our|the|live|it live)|rt (?:if|to)|retweet|take a look|have a look" +
        "|take (?:our|the|this) (?:survey|quiz|poll)|weigh in" +
        "|live webcast|webcast|livestream|live stream|watch live|link in bio|try (?:it|our|now|the)";

    // French:
    private const string ClickFrench =
        "en savoir plus|decouvrez|decouvrir|a decouvrir|regardez|retrouvez|lisez|ecoutez|venez|telechargez|cliquez" +
        "|rendez-vous sur|rdv sur|lien en bio|ne manquez pas|ne ratez pas|suivez" +
        "|plus d'infos?|plus d'informations|toutes les infos|lire la suite|a lire|a voir|en direct" +
        "|testez|essayez|laissez-vous (?:tenter|seduire|surprendre|guider|porter)|lancez-vous|evadez-vous|regalez-vous" +
        // the reflexive calls of a pitch, which ImperativeStartFr leaves out with the inverted questions ("Livrez-vous…")
        "|(?:simplifiez|facilitez)-vous (?:la vie|le quotidien)|concentrez-vous sur (?:l'essentiel|ce qui compte)";

    [GeneratedRegex(B + "(?:" + ClickEnglish + ")" + E)]
    public static partial Regex ClickEn();

    [GeneratedRegex(B + "(?:" + ClickFrench + ")" + E)]
    public static partial Regex ClickFr();

    // Where a sentence starts: the text's start (after one space, or after a reply's leading mentions), after
    // . ! ? : ; … or a dash, or a new line.
    private const string SentenceStart = @"(?<=^\s?|^(?:\s*@\w+)+\s|[.!?:;…]\s|\n|[–—-]\s)";

    // English verbs that are a call when they open a sentence ("Watch Emily make…"); ambiguous elsewhere.
    private const string ImperativeVerbs =
        "learn|read|see|view|watch|listen|join|visit|find|discover|check|follow|download|get|try|explore|meet" +
        "|vote|enter|discuss|hear|subscribe|donate|register|shop|buy|order|click|tap|head|grab|save|tune|sign" +
        "|book|apply|take(?! care)";

    [GeneratedRegex(SentenceStart + "(?:please )?(?:" + ImperativeVerbs + ")" + E)]
    public static partial Regex ImperativeStartEn();

    // French: where a sentence starts, as above, or after an emoji ("🎁 Découvre…").
    internal const string SentenceStartFrench = @"(?<=^\s*|^(?:\s*@\w+)+\s+|[.!?:;…]\s+|\n\s*|[–—-]\s+|[\p{So}\p{Cs}\uFE0F]\s*)";

    // Words ending in -ez that are not an imperative to act: other words, names, and the imperatives that ask for an
    // answer or walk through a repair or a settings screen (their own markers are dialogue: "Contactez-nous", "Redémarrez votre box").
    internal const string NotACallEz =
        "chez|assez|nez|rez|geez|jeez|oyez|suez|rodez|jerez|lopez|gomez|perez|sanchez|martinez|fernandez|hernandez|rodriguez|gonzalez|alvarez|suarez" +
        "|contactez|ecrivez|appelez|envoyez|repondez|tenez|excusez|pardonnez|veuillez|sachez|notez|patientez|attendez|revenez" +
        "|precisez|indiquez|signalez|joignez|transmettez|communiquez|confirmez|redemarrez|reinitialisez|debranchez|rebranchez" +
        "|verifiez|videz|desinstallez|reinstallez|mettez|relancez|reessayez|rassurez" +
        // the steps of a settings screen, which support walks the reader through ("Allez dans Réglages", "Désactivez le Wi-Fi")
        "|allez dans|ouvrez|rouvrez|appuyez|touchez|selectionnez|cochez|decochez|desactivez|reactivez|fermez|deconnectez|reconnectez|effacez|forcez";

    // Any verb in the imperative plural opening a sentence ("Scannez vos factures.", "Rejoignez-nous"): French marks the
    // imperative in the word itself, so no list of verbs is needed. Not a question ("Livrez-vous en Belgique ?",
    // "Avez-vous…": inverted -ez-vous forms, or a sentence ending in '?') and not a request for oneself ("Envoyez-moi",
    // "rendez moi ma connexion": customers leave the hyphen out).
    [GeneratedRegex(SentenceStartFrench + "(?!(?:" + NotACallEz + ")" + E + @")[a-z]+ez(?:-(?:nous|les|la|le|en|y|lui|leur))?" + E + @"(?!-vous|[- ](?:moi|toi)" + E + @")(?![^.!?\n]*\?)")]
    public static partial Regex ImperativeStartFr();

    // The singular (tu) imperative opening a sentence ("Découvre", "Télécharge l'appli"), on the text as written: folded,
    // it would be the participle ("Téléchargé hier…"). A list, as its ending -e is every verb's: verbs that call to try,
    // get, join, play or follow ("Suis tes progrès"), and those whose object a pitch names as the reader's gain ("Organise ta
    // semaine": PromoPitchPatterns' TuCallVerbs); not those that are nouns too ("Commande", "Tente", "Partage", "Garde").
    private const string TuImperatives =
        "d[eé]couvre|t[eé]l[eé]charge|essaie|essaye|teste|profite|participe|clique|retrouve|rejoins|fonce|craque|installe|cr[eé]e|commence" +
        "|scanne|apprends|transforme|simplifie|booste|entra[iî]ne|joue|commente|identifie|choisis|inscris-toi|abonne-toi|offre-toi|suis" +
        "|organise|g[eè]re|planifie|personnalise" +
        "|lance-toi|fais-toi plaisir|laisse-toi (?:tenter|s[eé]duire|surprendre)";

    [GeneratedRegex(SentenceStartFrench + "(?:" + TuImperatives + @")(?![\p{L}\p{M}\p{N}_])(?![^.!?\n]*\?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex TuImperativeStartFr();

    // Content that teases a link: listicles ("5 tips", "3 raisons"), tips, how-tos. English, then French:
    private const string TeaserEnglish =
        @"\d+ (?:#?tips|ways|reasons|steps|things|ideas|secrets|must-read|habits|signs|keys|facts|questions|trends|lessons|rules|mistakes)" +
        "|tips? (?:for|to|on)|#?tips?:|how to|here's how|here are|#?did ?you ?know";

    private const string TeaserFrench =
        @"\d+ (?:conseils|astuces|raisons|facons|idees|etapes)|voici (?:\d+|nos|mes|comment)|astuces?|conseils? (?:pour|de)";

    [GeneratedRegex(B + "(?:" + TeaserEnglish + ")" + E)]
    public static partial Regex TeaserEn();

    [GeneratedRegex(B + "(?:" + TeaserFrench + ")" + E)]
    public static partial Regex TeaserFr();
}
