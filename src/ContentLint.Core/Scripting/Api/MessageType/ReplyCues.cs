using System.Text.RegularExpressions;
using static ContentLint.Core.Scripting.Api.MessageType.PromoPatterns;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// Wording that answers someone rather than broadcasting: a turn opened by a response ("Ok", "Yes", "Haha", "Oui",
/// "D'accord"), reply idioms ("thanks for reaching out", "sorry to hear", "my pleasure", "merci de votre retour"),
/// a request to the reader ("kindly…", "please contact…"), a letter's close ("cordialement"), or the reader addressed
/// as one person ("you", "your", "u", "vous", "tu"; not after "thank you all", "everyone", "à toutes et à tous"). Read by CL3008 only
/// (a dialogue post that answers someone needs no further invitation), and only for the posts it would otherwise
/// report, so it costs nothing to the classifier's reading; the patterns run on the folded text, per language.
/// </summary>
public static partial class ReplyCues
{
    /// <summary>True when <paramref name="text"/> (in <paramref name="lang"/>, or detected when null) answers someone.</summary>
    public static bool Answers(string text, string? lang)
    {
        var folded = SqueezedText.Create(text).Value;
        var language = MarkerLanguages.FromTag(lang) ?? MarkerLanguages.Detect(folded);
        return (language != MarkerLanguage.French && English().IsMatch(folded))
            || (language != MarkerLanguage.English && French().IsMatch(folded));
    }

    // Where the text's body starts: at its start, or after a reply's leading mentions.
    private const string BodyStart = @"(?<=^\s*|^(?:\s*@\w+)+\s+)";

    private const string OpenersEnglish = "ok(?:ay)?|yes|yeah|yep|yup|no|nope|sure|haha+|lol|oh|ah|right|alright|cool|np|of course|definitely";

    private const string IdiomsEnglish =
        "thanks? (?:you )?(?:so much )?for (?:reaching out|contacting|getting in touch|letting us know|the (?:feedback|update|info|heads up|tag|shout ?out|kind words|love|follow)|your (?:patience|feedback|message|tweet|understanding|support|kind words|business|question|reply)|flying|choosing|being|sharing)" +
        "|sorry to (?:hear|see|read)|(?:glad|happy) to (?:hear|see|read)|(?:my|our) pleasure|you're (?:welcome|very welcome)|no problem|kindly" +
        "|please (?:use|contact|visit|reach|send|share|provide|call|email|e-mail|dm|let us|follow|confirm|check|try|allow|refer)";

    private const string OpenersFrench = "ok|oui|non|d'accord|daccord|bien sur|ah|oh|haha+|effectivement|tout a fait";

    private const string IdiomsFrench =
        "merci (?:de|pour) (?:votre|ton|vos|tes) (?:reponse|retour|message|patience|confiance|comprehension|fidelite|aide)" +
        "|je vous remercie|j'aimerais savoir|je voudrais savoir|je souhaite(?:rais)? savoir|avec plaisir|de rien|je vous en prie" +
        "|cordialement|cdt|bien a vous|bonne (?:journee|soiree)|merci d'avance|veuillez";

    // The reader addressed in the second person, not an audience thanked or greeted as a whole.
    // Every form starts with y or u (v or t in French): the lookahead comes first so that the lookbehind, which scans
    // back to the line's start, runs only where a form can follow (the same matches, without a scan at every word).
    private const string AddressEnglish =
        @"(?=[yu])(?<!thank |\b(?:you all|everyone|everybody|all of you|all our|all of our|to all|wish|wishing)\b.*)(?:you|your|yours|you're|you'll|you've|you'd|yourself|u|ur)(?! all| guys| everyone| both)";

    private const string AddressFrench =
        @"(?=[vt])(?<!merci a |\b(?:a tous|a toutes|tout le monde|vous tous|vous toutes)\b.*)(?:vous|votre|vos|tu|ton|ta|tes|toi|te)(?! tous| toutes| deux)";

    [GeneratedRegex(BodyStart + "(?:" + OpenersEnglish + ")" + E + "|" + B + "(?:" + IdiomsEnglish + "|" + AddressEnglish + ")" + E)]
    private static partial Regex English();

    [GeneratedRegex(BodyStart + "(?:" + OpenersFrench + ")" + E + "|" + B + "(?:" + IdiomsFrench + "|" + AddressFrench + ")" + E)]
    private static partial Regex French();
}
