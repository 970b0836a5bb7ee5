using ContentLint.Core.Documents;
using ContentLint.Core.Scripting.Api.MessageType;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

/// <summary>
/// A French customer's grievance (reproach, a service lost for days, money charged or owed, a threat to leave) is a
/// message to the company: the imperatives and prices in it are not a call to act or an offer. The sentences are written
/// for these tests after the class found on the calendar corpus (an angry customer's "Revoyez…" and struck price).
/// </summary>
public sealed class FrenchComplaintMarkerTests
{
    [Theory]
    [InlineData("Revoyez la formation de vos conseillers ! Une coupure depuis 9 jours, sans explications.")]
    [InlineData("Vous osez me facturer 116 € au lieu de 49,99 € ? C'est inadmissible.")]
    [InlineData("Remettez la wifi svp, ça fait 3 soirs qu'on capte plus rien")]
    [InlineData("Rendez mon argent bande d'escrocs ! Je vous dois 120 € ? Jamais.")]
    [InlineData("Réparez votre réseau, je paie 39,99 € par mois pour rien !")]
    [InlineData("Calmez-vous sur les pubs, c'est abusé : dix minutes avant chaque replay gratuit.")]
    [InlineData("Évitez cet opérateur, des escrocs. Livraison offerte qu'ils disaient.")]
    public void A_French_complaint_reads_as_no_promotion_and_cancels_its_calls_and_prices(string text)
    {
        foreach (var wrapped in new[] { text, "@operateur " + text })
        {
            var reading = MessageTypeClassifier.Classify(wrapped, "fr");

            Assert.Contains(reading.Markers, m => m.Category == MarkerCategory.Complaint && m.Weight == ClassifierWeights.Complaint);
            Assert.NotEqual(PostType.Promo, reading.Verdict);
            Assert.Equal(0, reading.PromoScore);
        }
    }

    [Theory]
    [InlineData("Toujours pas de fibre ? Passez chez nous : 19,99 €/mois au lieu de 29,99 €.")]
    [InlineData("Fini les frais abusifs : -20 % sur votre forfait, commandez avant dimanche.")]
    [InlineData("Sans engagement et sans arnaque : profitez de -30 % avec le code NOEL.")]
    [InlineData("Une panne depuis 3 jours ? Réservez un technicien en ligne, intervention offerte.")]
    [InlineData("Le casque sans fil à 59 € au lieu de 89 €, jusqu'à dimanche.")]
    public void A_promotion_that_names_a_pain_it_ends_is_still_a_promotion(string text)
    {
        var reading = MessageTypeClassifier.Classify(text, "fr");

        Assert.DoesNotContain(reading.Markers, m => m.Category == MarkerCategory.Complaint);
        Assert.Equal(PostType.Promo, reading.Verdict);
    }

    [Fact]
    public void A_complaint_leaves_a_promo_code_its_weight()
    {
        var reading = MessageTypeClassifier.Classify("Ça fait 3 jours que j'essaie : votre code NOEL20 ne marche pas, inadmissible.", "fr");

        Assert.Contains(reading.Markers, m => m.Category == MarkerCategory.PromoCode && m.Weight == ClassifierWeights.PromoCode);
        Assert.Contains(reading.Markers, m => m.Category == MarkerCategory.Complaint);
    }

    [Fact]
    public void A_request_for_oneself_without_its_hyphen_is_not_a_call_to_act() =>
        Assert.DoesNotContain(MessageTypeClassifier.Classify("rendez moi ma connexion, je bosse demain", "fr").Markers, m => m.Category == MarkerCategory.Click);

    [Theory]
    [InlineData("This is unacceptable, three days without internet. Restart your servers!")]
    [InlineData("Shop now: 30% off, no scam, no waiting.")]
    public void French_complaint_wording_is_not_looked_for_in_English_text(string text) =>
        Assert.DoesNotContain(MessageTypeClassifier.Classify(text, "en").Markers, m => m.Category == MarkerCategory.Complaint);

    [Theory]
    [InlineData("C'est quoi cette nouveauté, plus de pause à la télé ? Merci pour la publicité mensongère. Publicité partout.")]
    [InlineData("Vous êtes vraiment des clowns : je souscris la fibre et vous me mettez en ADSL. J'annule tout, Publicité")]
    public void A_complaint_about_advertising_does_not_read_as_a_disclosed_promotion(string text) =>
        Assert.NotEqual(PostType.Promo, MessageTypeClassifier.Classify(text, "fr").Verdict);
}
