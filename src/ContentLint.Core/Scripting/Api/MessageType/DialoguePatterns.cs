using System.Text.RegularExpressions;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Dialogue markers, English and French, on the folded text (see <see cref="PromoPatterns"/>); the
/// agent signature runs on the original text. Replies, mentions and questions are found from the
/// text's tokens (<see cref="MessageTypeClassifier"/>).
/// </summary>
internal static partial class DialoguePatterns
{
    // "Not after a letter, digit or _", written as "at the start or after another character": the same
    // positions, but the regex engine can then look for the characters that start a match instead of
    // trying every position (about twice as fast on a long post).
    private const string B = @"(?:^|(?<=[^\p{L}\p{N}_]))";
    private const string E = @"(?![\p{L}\p{N}_])";

    // On the original text, anchored with \G: matched where the text starts, after its leading mentions.
    [GeneratedRegex(@"\G\s*(?<word>hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|howdy|bonjour|bonsoir|salut|coucou)" + E, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Greeting();

    [GeneratedRegex(B + @"(?:thanks|thank you|thx|we appreciate|appreciate (?:it|your|you)|merci|nous vous remercions|je vous remercie)" + E)]
    public static partial Regex Thanks();

    [GeneratedRegex(B + @"(?:sorry|apologi[sz]e|apologies|desole(?:e|s|es)?|navre(?:e|s|es)?|nos (?:sinceres |plus plates )?excuses|nous nous excusons|veuillez nous excuser|excusez-nous|pardon pour)" + E)]
    public static partial Regex Apology();

    [GeneratedRegex(B + @"(?:here to help|happy to (?:help|assist)|glad to (?:help|assist)|we can help|we'll (?:help|be happy)|(?:i|we)'d (?:like|love|be happy|be glad) to (?:help|assist)|hope (?:this|that) helps|we understand|i understand|we're (?:looking|checking)|look(?:ing)? into|we've (?:passed|shared|forwarded)|nous sommes la pour|je suis la pour|on est la pour|a votre (?:disposition|ecoute)|nous comprenons|je comprends|nous allons (?:verifier|regarder|voir)|je vais (?:verifier|regarder|voir)|on regarde|je regarde|on s'en occupe|je m'en occupe)" + E)]
    public static partial Regex Help();

    [GeneratedRegex(B + @"(?:could you|(?<!how )can you|would you(?: mind)?|will you|please (?:provide|share|send|confirm|check|try|tell|dm|follow|make sure|reach)|pourriez-vous|pouvez-vous|pourrais-tu|peux-tu|pouvez vous|pourriez vous|merci de (?:nous|me) (?:indiquer|preciser|communiquer|transmettre|envoyer|confirmer)|avez-vous (?:essaye|tente|redemarre|verifie)|as-tu (?:essaye|tente|verifie)|have you (?:tried|checked|restarted|been able)|did you|are you (?:getting|seeing|using|able|still|on)|do you (?:see|have|get|still)|which (?:version|device|platform|browser|app|carrier|country|account|model|os)|what (?:version|device|platform|browser|error))" + E)]
    public static partial Regex Request();

    [GeneratedRegex(B + @"(?:dm|dms|dm'd|pm us|inbox us|direct message|private message|send (?:us|me) a (?:dm|direct message|private message|pm|message)|(?:en|par|un) mp|message prive|messages prives|messagerie privee|ecrivez-nous|ecris-nous|envoyez-nous un (?:mp|message)|(?:via|sur|par) messenger|en prive)" + E)]
    public static partial Regex DirectMessage();

    [GeneratedRegex(B + @"(?:contact us|reach out|reach us|get in touch|call us|email us|e-mail us|give us a (?:call|shout)|contactez-nous|contacte-nous|appelez-nous|joignez-nous|contactez (?:notre|le) service|service client)" + E)]
    public static partial Regex Contact();

    [GeneratedRegex(B + @"(?:let (?:us|me) know|keep us posted|feel free|tell us|share your|what do you think|your thoughts|what's your|what is your|comment below|in the comments|reply (?:below|here|with)|drop (?:us )?a (?:comment|line)|n'hesitez pas|tenez-nous (?:au courant|informes?)|dites-nous|dis-nous|racontez-nous|partagez (?:vos|votre)|votre avis|vos avis|ton avis|qu'en pensez-vous|qu'en penses-tu|en commentaires?|repondez|reagissez|donnez-nous votre)" + E)]
    public static partial Regex Invite();

    [GeneratedRegex(B + @"(?:issues?|problems?|trouble|errors?|not working|doesn't work|isn't working|won't (?:load|work|open)|bug|glitch|outage|crash(?:es|ing)?|your (?:account|order|device|request|ticket|case|payment|subscription|package|delivery)|problemes?|soucis?|pannes?|dysfonctionnements?|incidents?|bugs?|votre (?:commande|compte|ligne|box|freebox|demande|dossier|colis|livraison|abonnement|facture)|ta (?:commande|ligne|box|demande))" + E)]
    public static partial Regex Issue();

    // On the original text, at its very end: "^JS", "*MS", "-Becky", "/RB", "– Jeana".
    [GeneratedRegex(@"(?:[\^*]\s?[A-Za-z]{1,4}|[-–—~][A-Z][a-z]{1,15}|[-–—~/][A-Z]{1,4}|[-–—~]\s[A-Z][a-z]{1,15})\s*$")]
    public static partial Regex Signature();
}
