using ContentLint.Core.Documents;
using ContentLint.Core.Scripting.Api.MessageType;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

/// <summary>
/// French promotion (issue 13): an imperative opening a sentence is a call to act, found from the verb's ending
/// (<c>-ez</c>) or, for the singular, from a list read on the text as written; a product pitch's claims are a hint. The
/// sentences are written for these tests (the held-out French sets of tools/eval-data are never read to write them).
/// </summary>
public sealed class FrenchPromotionMarkerTests
{
    [Theory]
    [InlineData("Scannez vos factures et classez-les automatiquement.", "Scannez")]
    [InlineData("Une appli pour les coureurs. Planifiez vos sorties !", "Planifiez")]
    [InlineData("🎁 Découvre la box du mois", "Découvre")]
    [InlineData("Merci à tous ! Télécharge l'appli pour suivre le match.", "Télécharge")]
    [InlineData("@alex Essaie le mode nuit", "Essaie")]
    [InlineData("Suis tes progrès semaine après semaine.", "Suis")]
    [InlineData("Gère ton budget sans tableur.", "Gère")]
    [InlineData("Organise ta semaine en un coup d'œil.", "Organise")]
    public void An_imperative_opening_a_French_sentence_is_a_call_to_act(string text, string evidence) =>
        Assert.Contains(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Click && m.Evidence == evidence);

    [Theory]
    [InlineData("Avez-vous reçu mon colis ?")]
    [InlineData("Pouvez-vous me rappeler demain")]
    [InlineData("Livrez en Belgique aussi ?")]
    [InlineData("Envoyez-moi le lien s'il vous plaît.")]
    [InlineData("Chez nous, tout est fait main.")]
    [InlineData("Redémarrez votre box puis attendez deux minutes.")]
    [InlineData("Téléchargé hier, l'appli plante à l'ouverture.")]
    [InlineData("Profité de la journée, merci !")]
    [InlineData("Vous organisez vos achats et vous gérez votre budget.")]
    [InlineData("Allez dans Réglages, puis Notifications.")]
    [InlineData("Appuyez sur le bouton de votre box. Fermez l'appli et ouvrez-la de nouveau.")]
    [InlineData("Désactivez le Wi-Fi, déconnectez-vous puis reconnectez-vous.")]
    [InlineData("Suis-je éligible à l'offre ?")]
    [InlineData("Garde à vue prolongée pour le suspect.")]
    [InlineData("Organisé par la mairie, le marché ouvre samedi.")]
    public void Questions_requests_for_oneself_repairs_settings_steps_participles_and_statements_are_not_calls_to_act(string text) =>
        Assert.DoesNotContain(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Click);

    [Theory]
    [InlineData("Vos comptes réunis, en quelques clics.", "en quelques clics")]
    [InlineData("La façon la plus simple de partager vos photos.", "la plus simple")]
    [InlineData("Déjà plus de 10 000 utilisateurs.", "plus de 10 000 utilisateurs")]
    [InlineData("Avec nous, vous gagnez du temps chaque matin.", "gagnez du temps")]
    [InlineData("Une app conçue pour les familles.", "conçue pour")]
    [InlineData("Vos cartes de randonnée, même hors ligne.", "hors ligne")]
    [InlineData("Comptez vos pas grâce à l'IA.", "grâce à l'IA")]
    [InlineData("Un lecteur de flux open source.", "open source")]
    [InlineData("Des repas sains et rapides.", "sains et rapides")]
    [InlineData("Toutes vos recettes dans notre application.", "notre application")]
    [InlineData("Un lecteur de flux pour iPhone et iPad.", "pour iPhone")]
    [InlineData("Tous les niveaux, sans achats intégrés.", "sans achats intégrés")]
    [InlineData("Un carnet de notes 100 % privé.", "100 % privé")]
    [InlineData("Partagez vos fichiers en toute confidentialité.", "en toute confidentialité")]
    [InlineData("Des sons de pluie pour mieux dormir.", "pour mieux dormir")]
    [InlineData("Un rappel doux pour ne plus oublier ses médicaments.", "pour ne plus oublier")]
    public void A_pitch_claim_is_a_hint_of_promotion_in_French(string text, string evidence)
    {
        // One claim per sentence ("Comptez vos pas…" also names the reader's gain after a call: FrenchCallGainMarkerTests).
        var pitch = Assert.Single(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Pitch && m.Evidence == evidence);

        Assert.Equal(ClassifierWeights.Pitch, pitch.Weight);
    }

    [Theory]
    [InlineData("Scannez vos factures et classez-les.", "en")]
    [InlineData("Simple et rapide, tout-en-un.", "en")]
    public void French_calls_and_claims_are_not_looked_for_in_English_text(string text, string lang) =>
        Assert.DoesNotContain(MessageTypeClassifier.Classify(text, lang).Markers, m => m.Side == PostType.Promo);

    [Theory]
    [InlineData("Gérez vos dépenses en quelques clics et gagnez du temps chaque mois.")]
    [InlineData("Notre nouvelle application est disponible sur l'App Store et Google Play.")]
    [InlineData("🎁 Tente ta chance ! Abonne-toi et identifie deux amis pour gagner un coffret.")]
    [InlineData("Le casque sans fil à 59 € au lieu de 89 €, jusqu'à dimanche.")]
    [InlineData("Découvre la nouvelle saison de ta série préférée, en exclusivité sur l'appli.")]
    [InlineData("100 % gratuit, sans achats intégrés.")]
    public void French_pitches_contests_and_offers_read_as_promotional_with_or_without_a_reply_mention(string text)
    {
        foreach (var wrapped in new[] { text, "@alex " + text })
        {
            Assert.Equal(PostType.Promo, MessageTypeClassifier.Classify(wrapped, "fr").Verdict);
        }
    }
}
