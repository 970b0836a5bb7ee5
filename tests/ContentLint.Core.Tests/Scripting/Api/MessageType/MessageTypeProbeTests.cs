using ContentLint.Core.Documents;
using ContentLint.Core.Matching;
using ContentLint.Core.Scripting.Api.MessageType;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

/// <summary>
/// The probe sentences of issue 13 (each misread by the earlier classifier) and members of each class in English and
/// French, read with the shipped thresholds (CL3006's defaults), as written and with a reply's <c>@alex</c> before them.
/// </summary>
public sealed class MessageTypeProbeTests
{
    [Theory]
    [InlineData("See how far we have come.", "en")]
    [InlineData("Check our status page for details.", "en")]
    [InlineData("Enter your bios in the shared form before Friday's meeting.", "en")]
    [InlineData("Your refund of $49.99 was processed this morning.", "en")]
    [InlineData("Votre facture de décembre est de 29,99 € et sera prélevée le 5.", "fr")]
    [InlineData("Merci aux 300 coureurs de la course solidaire pour l'hôpital des enfants. Découvrez leurs photos !", "fr")]
    [InlineData("Le quai de la gare est très sale ce matin, nos équipes sont en route pour le nettoyer.", "fr")]
    [InlineData("Hi Maria, sorry about the delay. Could you send us your order number so we can look into it?", "en")]
    [InlineData("Bonjour Paul, désolés pour ce retard. Pouvez-vous nous envoyer votre numéro de commande en MP ?", "fr")]
    [InlineData("Thanks for the photos from the charity run! What was your favourite moment?", "en")]
    [InlineData("Votre colis est parti ce matin, merci de votre patience.", "fr")]
    [InlineData("Redémarrez votre box puis vérifiez que le voyant est vert, c'est simple et rapide.", "fr")]
    [InlineData("Envoyez-moi le lien pour télécharger ma facture de 29,99 € s'il vous plaît.", "fr")]
    [InlineData("Livrez-vous en Belgique ? La livraison est-elle gratuite ?", "fr")]
    [InlineData("Téléchargé hier, l'appli plante à l'ouverture : est-ce un bug connu ?", "fr")]
    public void Dialogue_and_weak_single_markers_do_not_read_as_promotional(string text, string lang)
    {
        foreach (var wrapped in new[] { text, "@alex " + text })
        {
            Assert.NotEqual(PostType.Promo, MessageTypeClassifier.Classify(wrapped, lang).Verdict);
            Assert.NotEqual(PostType.Promo, MessageTypeClassifier.Classify(wrapped).Verdict); // language detected
        }
    }

    [Theory]
    [InlineData("Dear Consumers, we apologize for any inconvenience. For Only $100.00 you get the full kit. ACT NOW !!! Thank you.", "en", "'For Only', '$100.00', 'ACT NOW'")]
    [InlineData("We apologize for any email you may have received in error. Your reward is waiting: Click Here To Collect!", "en", "'Click Here', 'To Collect'")]
    [InlineData("Winter sale: 30% off all coats with code SNOW30 until Sunday. Shop now!", "en", "'30% off', 'code SNOW30', 'Shop now'")]
    [InlineData("Our new app is out! Download now and get 3 months free trial: https://example.com/app?utm_source=x", "en", "'Download now', 'free trial', 'utm_source=x'")]
    [InlineData("Soldes d'hiver : -30 % sur les manteaux avec le code NEIGE. Commandez vite !", "fr", "'-30 %', 'code NEIGE', 'Commandez'")]
    [InlineData("Jeu concours ! Abonne-toi et partage ce post pour tenter de gagner une trottinette.", "fr", "'Jeu concours', 'Abonne-toi'")]
    public void Promotions_read_as_promotional_with_their_evidence_whatever_the_courtesy_or_the_reply_wrapper(string text, string lang, string evidence)
    {
        foreach (var wrapped in new[] { text, "@alex " + text })
        {
            var reading = MessageTypeClassifier.Classify(wrapped, lang);

            Assert.Equal(PostType.Promo, reading.Verdict);
            Assert.Equal(evidence, reading.Evidence(PostType.Promo));
        }
    }

    [Fact]
    public void Courtesy_counts_against_a_weak_promotion_but_not_against_a_strong_one()
    {
        var reading = MessageTypeClassifier.Classify("Dear Consumers, we apologize for any inconvenience. For Only $100.00 you get the full kit. ACT NOW !!! Thank you.", "en");

        Assert.True(reading.DialogueScore >= reading.PromoScore, "the courtesy alone outweighs the promotion");
        Assert.True(reading.PromoScore >= TypeThresholds.Default.StrongPromo);
        Assert.Equal(PostType.Promo, reading.Decide(TypeThresholds.Default));
        Assert.Null(reading.Decide(TypeThresholds.Default with { StrongPromo = 100 }));
    }

    [Theory]
    [InlineData("Big sale this weekend on all bikes.", "en", true)]
    [InlineData("Big sale this weekend on all bikes.", "fr", false)]
    [InlineData("La salle est sale, on la nettoie ce soir.", "fr", false)]
    [InlineData("La salle est sale, on la nettoie ce soir.", null, false)]
    public void Deal_words_are_looked_for_only_in_their_language(string text, string? lang, bool found) =>
        Assert.Equal(found, MessageTypeClassifier.Classify(text, lang).Markers.Any(m => m.Category == MarkerCategory.Deal));

    [Theory]
    [InlineData("Check out our new range and découvrez la collection.", "fr", "Check out")]
    [InlineData("Découvrez la collection, check out our new range.", "en", "Découvrez")]
    public void English_patterns_do_not_run_on_French_text_nor_French_ones_on_English_text(string text, string lang, string absent) =>
        Assert.DoesNotContain(MessageTypeClassifier.Classify(text, lang).Markers, m => m.Evidence.Equals(absent, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData("Nous sommes ravis de vous présenter notre nouvelle boutique dans le centre de Lyon.", MarkerLanguage.French)]
    [InlineData("We are happy to show you our new shop in the centre of Lyon.", MarkerLanguage.English)]
    [InlineData("Lyon 2026", MarkerLanguage.Any)]
    public void The_language_of_an_undeclared_text_is_detected_from_its_function_words(string text, MarkerLanguage expected) =>
        Assert.Equal(expected, MarkerLanguages.Detect(FoldedText.Create(text, caseSensitive: false, accentSensitive: false).Value));

    [Theory]
    [InlineData("en-GB", MarkerLanguage.English)]
    [InlineData("fr-CA", MarkerLanguage.French)]
    [InlineData("de", null)]
    [InlineData(null, null)]
    public void A_declared_language_tag_chooses_the_patterns(string? tag, MarkerLanguage? expected) =>
        Assert.Equal(expected, MarkerLanguages.FromTag(tag));

    [Fact]
    public void Leading_mentions_weigh_nothing_but_stay_as_evidence_of_an_addressee()
    {
        var reading = MessageTypeClassifier.Classify("@sam @jo See you there.", "en");

        Assert.Contains(reading.Markers, m => m.Category == MarkerCategory.Reply && m.Weight == 0);
        Assert.Equal(0, reading.DialogueScore);
        Assert.True(reading.Has(MarkerCategory.Invitations));
    }
}
