using System.Text.RegularExpressions;
using static ContentLint.Core.Scripting.Api.MessageType.PromoCallPatterns;
using static ContentLint.Core.Scripting.Api.MessageType.PromoPatterns;

namespace ContentLint.Core.Scripting.Api.MessageType;

/// <summary>
/// The claims of a product pitch, in French, on the folded text (see <see cref="PromoPatterns"/>; <c>B</c> and <c>E</c>
/// are its word edges): how easy or fast it is, that it does everything in one place, wherever the reader is, the best
/// or the simplest, made for them, used by thousands, and what an app's listing boasts of (offline, open source, AI); and
/// how a pitch words its calls: the reader's own gain after a call ("Gérez vos finances"), a run of calls ("Scannez,
/// signez et envoyez"). A hint (<see cref="ClassifierWeights.Pitch"/>): a support reply says "facilement" too, so a claim
/// counts only next to a call to act, an offer or a launch.
/// </summary>
internal static partial class PromoPitchPatterns
{
    // Ease and speed: "en quelques clics", "en un instant", "simple et rapide", "sans publicité".
    private const string Ease =
        @"facilement|sans effort|en (?:quelques|deux|trois|\d+) (?:clics?|secondes|minutes|gestes|etapes)" +
        "|en un (?:clic|instant|clin d'oeil|geste|seul geste|tour de main)|en toute (?:simplicite|serenite|liberte|securite|confidentialite|discretion)" +
        "|(?:simples?|faciles?|pratiques?|saine?s?),? (?:et )?(?:rapides?|efficaces?|intuiti(?:f|ve|fs|ves)|ludiques?)|sans (?:publicites?|pubs?|inscription)";

    // What an app's listing boasts of: it works offline, it is open source, it respects privacy, it runs on AI.
    private const string Features =
        "hors ligne|hors-ligne|hors connexion|sans connexion(?: internet)?|open source|open-source|(?:a|au) code source ouvert|libre et gratuite?" +
        "|sans (?:pistage|traqueurs?|compte)|pas de (?:publicites?|pubs?|pistage|traqueurs?)|respectueu(?:x|se) de (?:votre|ta|la) vie privee" +
        "|(?:confidentialite|vie privee) (?:totale|complete|garantie)|chiffree?s? de bout en bout|auto-hebergee?|en temps reel" +
        "|(?:avec|grace a|par|alimentee? par|propulsee? par) (?:l'|notre |une |son )?ia|(?:avec|grace a) l'intelligence artificielle" +
        // an AI product named by its role ("votre tuteur IA", "notre assistant de voyage IA", "le résumé IA")
        "|(?:assistante?|tut(?:eur|rice)|coach|agent|copilote|compagnon|redact(?:eur|rice)|generateur|resume|planificateur)s?(?: d(?:e |')[a-z]+)? ia" +
        // no charge hidden from the reader ("pas de frais cachés", "des prix transparents")
        "|(?:sans|pas de|aucuns?|zero) frais caches|prix transparents?" +
        // what it does not charge for ("sans achats intégrés", "sans abonnement"; not "aucun abonnement", a support answer)
        // and what it is wholly ("100 % gratuit")
        "|sans (?:achats? integres?|abonnements?)|(?:aucun|pas d') ?achats? integres?" +
        "|100 ?% (?:gratuite?s?|privee?s?|locale?s?|securisee?s?|anonymes?|hors ligne|sans pub(?:licite)?s?)";

    // Everything, everywhere: "tout-en-un", "au même endroit", "où que vous soyez", "à portée de main".
    private const string Everywhere =
        "tout-en-un|tout en un|(?:au|en un) (?:meme|seul) endroit|une seule (?:app|appli|application)" +
        "|ou que (?:vous soyez|tu sois)|a portee de (?:main|clic|doigts?)|partout avec (?:vous|toi)|au quotidien";

    // The product presented: "l'application qui…", "l'appli indispensable", the maker's "notre application", the
    // platform it is made for ("pour iPhone et iPad").
    private const string Product =
        "l'(?:application|appli|app) (?:qui|ideale|indispensable|gratuite|de reference)" +
        "|(?:application|appli|app) (?:gratuite|intuitive|indispensable|ideale|de reference)" +
        "|notre (?:application|appli|app)|pour (?:iphone|ipad|android|mac|apple watch)";

    // Superlatives and what it is made for: "la plus simple", "le meilleur", "n°1", "idéal pour", "conçu pour".
    private const string Best =
        "(?:le|la|les) meilleure?s?|(?:le|la|les) plus (?:simples?|faciles?|rapides?|complete?s?|puissante?s?|belles?|beaux|fiables?|intuitive?s?|efficaces?|pratiques?)" +
        "|n°1|n° 1|numero 1|leader (?:du|de la|des|en|europeen|francais|mondial)" +
        "|ideale?s? pour|concue?s? pour|pensee?s? pour|parfaite?s? pour|indispensables?|incontournables?|revolutionnaires?|innovante?s?" +
        // made to the reader's measure ("trouvez celui qui vous correspond", "sur mesure")
        "|qui (?:vous|te) (?:correspond|ressemble)(?: le mieux)?|sur mesure";

    // Used by many: "plus de 50 000 entreprises", "déjà des milliers d'utilisateurs".
    private const string Many =
        @"(?:plus de|\+ de|deja|pres de) (?:\d[\d .,]*(?:k|m| millions?)?|des milliers|des millions) (?:de |d')?" +
        "(?:utilisat(?:eurs|rices)|clients|clientes|entreprises|personnes|joueurs|telechargements|membres|familles|abonnes)" +
        // as many as the reader wants ("autant de projets que vous le souhaitez", "en illimité")
        "|autant (?:de |d')[a-z]+ que (?:vous|tu) (?:le )?(?:souhaitez|voulez|souhaites|veux)|en illimite|sans limites?";

    // What it changes for the reader: "gagnez du temps", "ne ratez plus", "dites adieu à", "fini les…".
    private const string Benefit =
        "gagnez du temps|gagner du temps|ne (?:perdez|ratez|manquez|oubliez) plus|pour ne rien (?:rater|manquer)|dites adieu|fini (?:les|le|la)" +
        "|(?<!le )plus (?:vite|facilement|simplement)" +
        "|(?:prenez|reprenez) le controle|votre (?:allie|alliee|compagnon|assistant|coach)|vous aide(?:ra)? a|vous permet(?:tra)? de" +
        // a purpose that promises better ("pour mieux dormir", "pour enfin comprendre", "pour ne plus oublier"); not
        // support's "pour mieux vous aider"
        "|pour (?:mieux (?!vous|te|t')|enfin |ne plus |ne jamais )[a-z]+";

    // The reader's affairs that support asks about ("Consultez votre commande"; the dialogue's issue words): no gain promised.
    private const string ReadersAffairs =
        "commandes?|comptes?|lignes?|box|freebox|demandes?|dossiers?|colis|livraisons?|abonnements?|factures?|remboursements?" +
        "|numeros?|mots? de passe|identifiants?|adresses?|espace client|boites? mail|e-?mails?|courriels?|tickets?|reclamations?|contrats?|parametres|coordonnees";

    // Where a call stands: a sentence's start, or joined to another call ("Payez et recevez", "Scannez, signez").
    private const string CallPlace = "(?:" + SentenceStartFrench + @"|(?<=[^\p{L}](?:et|ou) |, ))";

    // A plural imperative to act, not one of the dialogue's ("Contactez", "Vérifiez": NotACallEz).
    private const string CallVerb = "(?!(?:" + NotACallEz + ")" + E + ")[a-z]+ez";

    // Singular (tu) calls that take the reader's thing ("Gère ton budget"), folded; not those support uses ("Vérifie").
    private const string TuCallVerbs = "decouvre|telecharge|profite|transforme|simplifie|booste|organise|gere|cree|commence|entraine|personnalise|planifie|retrouve|suis";

    // The gain a call promises, named as the reader's own ("Gérez vos finances", "Entraînez votre concentration", "… et
    // planifiez vos vacances"): the possessive and its noun after the call, which stays the call's own marker. Not in a question.
    private const string ReadersGain =
        "(?<=" + CallPlace + "(?:" + CallVerb + "|" + TuCallVerbs + ") )(?:votre|vos|ton|ta|tes)(?! (?:" + ReadersAffairs + ")" + E + ")" +
        @" [a-z'-]+" + E + @"(?![^.!?\n]*\?)";

    // The reader's own thing further into the call's object ("Prolongez la durée de vie de votre batterie", "Connaissez le
    // coût de vos impressions", "Utilisez la messagerie d'Apple sur ton Android"): the call, an article, up to seven words
    // of one clause, then the possessive and its noun. An article, not "de" and an infinitive: "Essayez de vider le cache
    // de votre navigateur" is a suggestion. Not the reader's affairs, not in a question.
    private const string ReadersGainInObject =
        "(?<=" + CallPlace + "(?:" + CallVerb + "|" + TuCallVerbs + ") (?:l'|(?:le|la|les|un|une|des|du) )(?:[a-z'-]+ ){0,7})" +
        "(?:votre|vos|ton|ta|tes)(?! (?:" + ReadersAffairs + ")" + E + ")" + @" [a-z'-]+" + E + @"(?![^.!?\n]*\?)";

    // How easily a call is done ("Créez simplement", "Suivez en temps réel"), said right after it.
    private const string EaseAfterCall =
        "(?<=" + CallPlace + "(?:" + CallVerb + "|" + TuCallVerbs + ") )(?:simplement|rapidement|instantanement|librement|sereinement|efficacement|en toute securite)" + E;

    // A run of calls ("Scannez, signez et envoyez vos documents", "Payez et recevez"): the second call of a sentence that
    // opens with one, as a product lists what it lets the reader do; support's steps are NotACallEz and open no run.
    private const string CallRun = "(?<=" + SentenceStartFrench + CallVerb + "(?:,| et| ou) )[a-z]+ez" + E + @"(?![^.!?\n]*\?)";

    [GeneratedRegex(B + "(?:" + Ease + "|" + Everywhere + "|" + Product + "|" + Best + "|" + Many + "|" + Benefit + "|" + Features + ")" + E + "|" + ReadersGain + "|" + ReadersGainInObject + "|" + EaseAfterCall + "|" + CallRun)]
    public static partial Regex PitchFr();
}
