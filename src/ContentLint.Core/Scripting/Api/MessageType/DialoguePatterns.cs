using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Dialogue markers, one pattern per language, on the folded text (see <see cref="PromoPatterns"/>); the greeting
/// and the agent signature run on the original text. Mentions and questions are found from the text's tokens
/// (<see cref="MarkerFinder"/>).
/// </summary>
internal static partial class DialoguePatterns
{
    private const string B = PromoPatterns.B;
    private const string E = PromoPatterns.E;

    // On the original text, anchored with \G: matched where the text starts, after its leading mentions.
    private const string GreetingStart = @"\G\s*(?<word>";

    [GeneratedRegex(GreetingStart + "hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy)" + E, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex GreetingEn();

    [GeneratedRegex(GreetingStart + "bonjour|bonsoir|salut|coucou)" + E, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex GreetingFr();

    [GeneratedRegex(B + "(?:thanks|thank you|thx|we appreciate|appreciate (?:it|your|you))" + E)]
    public static partial Regex ThanksEn();

    [GeneratedRegex(B + "(?:merci|nous vous remercions|je vous remercie)" + E)]
    public static partial Regex ThanksFr();

    [GeneratedRegex(B + "(?:sorry|apologi[sz]e|apologies)" + E)]
    public static partial Regex ApologyEn();

    [GeneratedRegex(B + "(?:desole(?:e|s|es)?|navre(?:e|s|es)?|nos (?:sinceres |plus plates )?excuses|nous nous excusons|veuillez nous excuser|excusez-nous|pardon pour)" + E)]
    public static partial Regex ApologyFr();

    [GeneratedRegex(B + "(?:here to help|happy to (?:help|assist)|glad to (?:help|assist)|we can help|we'll (?:help|be happy)|(?:i|we)'d (?:like|love|be happy|be glad) to (?:help|assist)|hope (?:this|that) helps|we understand|i understand|we're (?:looking|checking)|look(?:ing)? into|we've (?:passed|shared|forwarded)" +
        "|here to assist|happy to take a look|(?:we|i) (?:recommend|suggest)|send us a note|oh no|hmm+|that's odd|it (?:seems|looks) like|looks like you" +
        "|you(?:'ll| will) (?:want|need) to|try (?:restarting|resetting|checking|clearing|reinstalling|updating|signing|logging|turning|removing|deleting)" +
        "|(?:follow(?:ing)? )?(?:the|these) steps (?:here|below|in)|these steps|unfortunately|we(?:'re| are) unable|(?:isn't|is not|would not be|wouldn't be) possible" +
        "|great question|appreciate the tag|here for you|(?:like to|can) connect with you|so (?:we|our team|our social team) can|follow up with you)" + E)]
    public static partial Regex HelpEn();

    [GeneratedRegex(B + "(?:nous sommes la pour|je suis la pour|on est la pour|a votre (?:disposition|ecoute)|nous comprenons|je comprends|nous allons (?:verifier|regarder|voir)|je vais (?:verifier|regarder|voir)|on regarde|je regarde|on s'en occupe|je m'en occupe" +
        "|(?:je|nous) vous (?:invite|invitons|conseille|conseillons|recommande|recommandons) (?:a|de)|il semble(?:rait)? que|vous pouvez (?:essayer|verifier|consulter|redemarrer))" + E)]
    public static partial Regex HelpFr();

    [GeneratedRegex(B + "(?:could you|(?<!how )can you|would you(?: mind)?|will you|please (?:provide|share|send|confirm|check|try|tell|dm|follow|make sure|reach)|have you (?:tried|checked|restarted|been able)|did you|are you (?:getting|seeing|using|able|still|on)|do you (?:see|have|get|still)|which (?:version|device|platform|browser|app|carrier|country|account|model|os)|what (?:version|device|platform|browser|error))" + E)]
    public static partial Regex RequestEn();

    [GeneratedRegex(B + "(?:pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|pouvez vous|pourriez vous|merci de (?:nous|me) (?:indiquer|preciser|communiquer|transmettre|envoyer|confirmer)|avez-vous (?:essaye|tente|redemarre|verifie)|as-tu (?:essaye|tente|verifie))" + E)]
    public static partial Regex RequestFr();

    [GeneratedRegex(B + "(?:dm|dms|dm'd|pm us|inbox us|direct message|private message|send (?:us|me) a (?:dm|direct message|private message|pm|message))" + E)]
    public static partial Regex DirectMessageEn();

    [GeneratedRegex(B + "(?:(?:en|par|un) mp|message prive|messages prives|messagerie privee|ecrivez-nous|ecris-nous|envoyez-nous un (?:mp|message)|(?:via|sur|par) messenger|en prive)" + E)]
    public static partial Regex DirectMessageFr();

    [GeneratedRegex(B + "(?:contact us|reach out|reach us|get in touch|call us|email us|e-mail us|give us a (?:call|shout))" + E)]
    public static partial Regex ContactEn();

    [GeneratedRegex(B + "(?:contactez-nous|contacte-nous|appelez-nous|joignez-nous|contactez (?:notre|le) service|service client|revenez vers nous|revenir vers nous)" + E)]
    public static partial Regex ContactFr();

    [GeneratedRegex(B + "(?:let (?:us|me) know|keep us posted|feel free|tell us|share your|what do you think|your thoughts|what's your|what is your|comment below|in the comments|reply (?:below|here|with)|drop (?:us )?a (?:comment|line))" + E)]
    public static partial Regex InviteEn();

    [GeneratedRegex(B + "(?:n'hesitez pas|tenez-nous (?:au courant|informes?)|dites-nous|dis-nous|racontez-nous|partagez (?:vos|votre)|votre avis|vos avis|ton avis|qu'en pensez-vous|qu'en penses-tu|en commentaires?|repondez|reagissez|donnez-nous votre)" + E)]
    public static partial Regex InviteFr();

    [GeneratedRegex(B + "(?:issues?|problems?|trouble|errors?|not working|doesn't work|isn't working|won't (?:load|work|open)|bug|glitch|outage|crash(?:es|ing)?|your (?:account|order|device|request|ticket|case|payment|subscription|package|delivery|refund|bill|invoice))" + E)]
    public static partial Regex IssueEn();

    [GeneratedRegex(B + "(?:problemes?|soucis?|pannes?|dysfonctionnements?|incidents?|bugs?|votre (?:commande|compte|ligne|box|freebox|demande|dossier|colis|livraison|abonnement|facture|remboursement)|ta (?:commande|ligne|box|demande))" + E)]
    public static partial Regex IssueFr();

    // On the original text, at its very end: "^JS", "*MS", "-Becky", "/RB", "– Jeana".
    [GeneratedRegex(@"(?:[\^*]\s?[A-Za-z]{1,4}|[-–—~][A-Z][a-z]{1,15}|[-–—~/][A-Z]{1,4}|[-–—~]\s[A-Z][a-z]{1,15})\s*$")]
    public static partial Regex Signature();
}
