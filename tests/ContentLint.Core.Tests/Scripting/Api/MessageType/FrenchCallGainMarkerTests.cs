using ContentLint.Core.Documents;
using ContentLint.Core.Scripting.Api.MessageType;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

/// <summary>
/// How a French pitch words its calls (issue 13): the reader's own gain after a call ("Gérez vos finances", or further into
/// its object: "Prolongez la durée de vie de votre batterie") and a run of calls ("Payez et recevez") are pitch claims that
/// corroborate the call; support's imperatives ("Vérifiez vos paramètres",
/// "Envoyez-nous votre numéro de commande") and the reader's affairs they ask about are not. The sentences are written for
/// these tests (the held-out French sets of tools/eval-data are never read to write them).
/// </summary>
public sealed class FrenchCallGainMarkerTests
{
    [Theory]
    [InlineData("Gérez vos finances sans prise de tête.", "vos finances")]
    [InlineData("Une appli de voyage. Voyez quand partir et planifiez vos vacances.", "vos vacances")]
    [InlineData("Entraîne ton cerveau chaque jour.", "ton cerveau")]
    [InlineData("Payez et recevez des cryptos via NFC.", "recevez")]
    [InlineData("Scannez, signez et envoyez vos documents.", "signez")]
    [InlineData("Réservez simplement depuis votre canapé.", "simplement")]
    [InlineData("Crée ta playlist du week-end.", "ta playlist")]
    [InlineData("Allongez la durée de vie de votre smartphone.", "votre smartphone")]
    [InlineData("Estimez le prix réel de vos trajets avant de partir.", "vos trajets")]
    [InlineData("Profitez des podcasts de la radio sur ta montre !", "ta montre")]
    [InlineData("Suis tes dépenses au jour le jour.", "tes dépenses")]
    public void The_readers_gain_or_a_run_of_calls_after_a_call_is_a_pitch_claim(string text, string evidence)
    {
        var pitch = Assert.Single(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Pitch && m.Evidence == evidence);

        Assert.Equal(ClassifierWeights.Pitch, pitch.Weight);
    }

    [Theory]
    [InlineData("Envoyez-nous votre numéro de commande.")]
    [InlineData("Vérifiez vos paramètres puis réessayez.")]
    [InlineData("Consultez votre espace client pour suivre votre commande.")]
    [InlineData("Redémarrez et réessayez dans quelques minutes.")]
    [InlineData("Débranchez et rebranchez votre box.")]
    [InlineData("Indiquez-nous votre adresse e-mail.")]
    [InlineData("Gérez-vous vos paramètres depuis l'appli ?")]
    [InlineData("Vous gérez vos dépenses ici.")]
    [InlineData("Réessayez simplement plus tard.")]
    [InlineData("Essayez de vider le cache de votre navigateur.")]
    [InlineData("Suivez le lien reçu par e-mail pour réinitialiser votre mot de passe.")]
    [InlineData("Consultez la rubrique aide de votre espace client.")]
    [InlineData("Désactivez le Bluetooth de votre téléphone puis rallumez-le.")]
    [InlineData("Allez dans les réglages de votre téléphone.")]
    [InlineData("Gardez-vous une copie de vos photos ?")]
    [InlineData("Connaissez-vous le coût de vos impressions ?")]
    [InlineData("Vous n'avez aucun abonnement actif sur ce compte.")]
    [InlineData("Transmettez-nous votre numéro de commande pour mieux vous aider.")]
    public void Support_steps_questions_and_statements_name_no_gain(string text) =>
        Assert.DoesNotContain(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Pitch);

    [Theory]
    [InlineData("Entraînez votre mémoire en cinq minutes par jour.")]
    [InlineData("Payez et recevez vos paiements sans frais.")]
    [InlineData("Connaissez le coût exact de vos impressions avant le devis.")]
    public void A_call_with_the_readers_gain_reads_as_promotional_with_or_without_a_reply_mention(string text)
    {
        foreach (var wrapped in new[] { text, "@alex " + text })
        {
            Assert.Equal(PostType.Promo, MessageTypeClassifier.Classify(wrapped, "fr").Verdict);
        }
    }

    [Theory]
    [InlineData("Bonjour, consultez votre espace client pour suivre votre colis.")]
    [InlineData("Désolés pour l'attente ! Envoyez-nous votre numéro de commande en MP.")]
    [InlineData("Vérifiez vos paramètres et redémarrez l'appli.")]
    [InlineData("Essayez de vider le cache de votre navigateur, puis rechargez la page.")]
    [InlineData("Appuyez sur le bouton de votre box pendant dix secondes.")]
    [InlineData("Ouvrez les réglages de votre téléphone pour autoriser les notifications.")]
    public void French_support_replies_with_imperatives_do_not_read_as_promotional(string text) =>
        Assert.NotEqual(PostType.Promo, MessageTypeClassifier.Classify(text, "fr").Verdict);
}
