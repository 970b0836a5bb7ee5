using System.Text.RegularExpressions;
using static ContentLint.Core.Scripting.Api.MessageType.PromoPatterns;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// A customer's grievance, in French, on the folded text (see <see cref="PromoPatterns"/>; <c>B</c> and <c>E</c> are its
/// word edges): reproach and insults, a service lost or awaited for days, money charged or owed, a threat to leave, a
/// plea. An angry customer writes in the imperative ("Revoyez le langage de vos employés !", "Remettez la wifi") and
/// quotes prices ("facturer 116 € au lieu de 49,99 € ?"): in a text that complains, those are not a call to act or a
/// discount (<see cref="MarkerCategory.CancelledByComplaint"/>). Each list holds only what a brand's own promotion does
/// not say: no "marre de…" or "fini les…" (the pain a pitch promises to end), no "facture" (a noun in "Scannez vos
/// factures"), no bare "nul" ("nul besoin de…").
/// </summary>
internal static partial class ComplaintPatterns
{
    // Reproach and insults: what the writer thinks of the service or of the people behind it.
    private const string Reproach =
        "inadmissible|inacceptable|honteux|honteuse|c'est (?:une )?honte|honte a vous|scandaleux|scandaleuse|c'est un scandale" +
        "|lamentable|pitoyable|deplorable|minable|calamiteux|calamiteuse|c'est abuse|abusif|abusive|abusifs|abusives" +
        "|n'importe quoi|foutage de gueule|vous (?:vous )?foutez|c'est quoi (?:ce|cette|ces) [a-z]+|merdique|de merde|putain|ptn|wtf" +
        "|(?:est-ce que c'est|c'est|trouvez[- ]vous (?:ca|cela)|vous trouvez (?:ca|cela)) normal|(?:publicite|pub) mensongere|mensong(?:er|ere|ers|eres)" +
        "|vous etes (?:vraiment |tous |juste )?des (?:rats|clowns|guignols|bouffons|charlots|amateurs|incompetents|voleurs|escrocs|menteurs|nuls)" +
        "|arnaque|arnaqueurs?|escrocs?|escroquerie|voleurs?|incapables?|incompetents?|bande d(?:e|')" +
        "|(?:est|etes|sont|c'est|trop|vraiment|completement) nul(?:le|s|les)?|nul a chier|pire (?:operateur|service|sav|fai)" +
        "|(?:faire )?encul(?:e|er|ez|es)|connards?|abrutis?|debiles?|(?:vous )?faire foutre";

    // A wait a customer counts: "3 jours", "1h30", "plusieurs semaines"; not months or years, the time a brand says it
    // spent on a launch ("depuis plusieurs mois, nos équipes préparent…").
    private const string Lasting = @"(?:\d+ ?|(?:deux|trois|quatre|cinq|plusieurs) )(?:jours|semaines|heures|soirs|h\d*|min)";

    // A service lost, or awaited for days: "ça fait 3 jours", "toujours pas", "sans explications", "impossible de vous joindre".
    private const string Waiting =
        "(?:ca|cela) fait " + Lasting + "|depuis " + Lasting + "|" + Lasting + " (?:que|qu')" +
        "|toujours pas|toujours aucune?|toujours rien|j'attends|j'ai attendu|(?:nous attendons|on attend) depuis" +
        "|(?:je n'ai|j'ai|on n'a|on a|nous n'avons|nous avons|toujours|encore) plus (?:de |d')?(?:connexion|internet|wifi|wi-fi|reseau|co|tv|tele|ligne|telephone|debit|fibre)" +
        "|(?:je|on) (?:ne )?capte (?:plus|rien|que dalle)" +
        "|impossible (?:de|d') (?:vous joindre|joindre|me connecter|se connecter|avoir|capter|regarder|acceder|telephoner|appeler|naviguer)" +
        "|aucune? (?:reponse|nouvelles?|appel|retour|solution|explication|info|information|suivi|technicien|conseiller)" +
        "|sans (?:aucune? )?(?:reponse|nouvelles|explications?|solution|information|suivi)|zero (?:info|reponse|conseiller|solution|explication)";

    // Money charged or owed: "facturer 116 €", "on m'a prélevé", "rendez-moi mon argent", "je vous dois 120 €".
    private const string Money =
        "facturer|facturez|surfactur(?:e|er|ation|ations)|(?:me|m'a|m'avez|m'ont|nous|nous a|nous avez) (?:factur|prelev|debit)[a-z]*" +
        "|prelever|prelevez|remboursez|mon argent|je vous dois|vous me devez|on me doit|dedommag(?:ement|er|ez)|(?:une|aucune|de|en) compensation" +
        "|je paie|je paye|j'ai paye|je payais|on paie|on paye|nous payons";

    // A threat to leave or to complain elsewhere, and a plea.
    private const string Threat =
        "(?:je vais|on va|nous allons|je compte) (?:resilier|partir|changer d'operateur|porter plainte)|porter plainte|j'ai resilie|j'annule tout" +
        "|svp|stp|pitie|au secours|aidez[- ]moi";

    // Not a pain the text promises to end, next to it or one word before: "sans arnaque", "fini les frais abusifs",
    // "pas d'attente", "stop aux arnaques". Checked only where a complaint matched (MarkerRule.NotAfter): as a lookbehind
    // at the head of ComplaintFr it ran at every word of every French text, a tenth of a whole check's time.
    private const string Negation =
        "(?:(?:sans|pas de|aucun|aucune|fini les|finis les|fini la|fini le|adieu aux|adieu les|stop aux|stop a la|contre les|contre la|contre le) |pas d'|contre l')(?:[a-z']+ )?";

    [GeneratedRegex(B + "(?:" + Reproach + "|" + Waiting + "|" + Money + "|" + Threat + ")" + E)]
    public static partial Regex ComplaintFr();

    /// <summary>Matches at a complaint's start (<c>\G</c>) when a negation stands right before it: then it is no complaint.</summary>
    [GeneratedRegex(@"\G(?<=" + Negation + ")")]
    public static partial Regex NegatedFr();
}
