using ContentLint.Core.Documents;
using ContentLint.Core.Scripting.Api.MessageType;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

/// <summary>
/// French landing-page pitches (issue 13, tuned on tools/eval-data/landing-copy-fr): an AI product named by its role
/// ("votre tuteur IA") or what powers it ("propulsé par notre IA"), no hidden fees, made to the reader's measure, as many
/// as the reader wants, and the reflexive calls of a pitch ("Concentrez-vous sur
/// l'essentiel"). Support's steps over two sentences and its statements are not. The sentences are written for these
/// tests (the held-out French sets of tools/eval-data are never read to write them).
/// </summary>
public sealed class FrenchLandingPitchMarkerTests
{
    [Theory]
    [InlineData("Révisez avec votre tuteur IA avant chaque examen.", "tuteur IA")]
    [InlineData("Planifiez avec notre assistant de voyage IA.", "assistant de voyage IA")]
    [InlineData("Des réponses claires, propulsées par notre IA.", "par notre IA")]
    [InlineData("Réservez en ligne : pas de frais cachés.", "pas de frais cachés")]
    [InlineData("Des prix transparents pour chaque séjour.", "prix transparents")]
    [InlineData("Choisissez la formule qui vous correspond le mieux.", "qui vous correspond le mieux")]
    [InlineData("Créez autant de listes que vous le souhaitez.", "autant de listes que vous le souhaitez")]
    [InlineData("Des exports en illimité.", "en illimité")]
    public void A_landing_page_claim_is_a_pitch_marker(string text, string evidence)
    {
        var pitch = Assert.Single(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Pitch && m.Evidence == evidence);

        Assert.Equal(ClassifierWeights.Pitch, pitch.Weight);
    }

    [Theory]
    [InlineData("Redémarrez votre box. Vérifiez ensuite les câbles.")]
    [InlineData("Consultez la page d'aide. Essayez ensuite de vous reconnecter.")]
    [InlineData("Collez le texte. Obtenez-vous une erreur ?")]
    [InlineData("Il n'y a pas de frais de port sur cette commande.")]
    [InlineData("La facture de l'IA générative nous a surpris.")]
    [InlineData("Le colis vous correspond-il ?")]
    [InlineData("Vous pouvez nous écrire quand vous le souhaitez.")]
    public void Support_steps_and_statements_are_no_landing_page_claim(string text) =>
        Assert.DoesNotContain(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Pitch);

    [Theory]
    [InlineData("Concentrez-vous sur l'essentiel, on s'occupe du reste.", "Concentrez-vous sur l'essentiel")]
    [InlineData("Simplifiez-vous la vie avec nos rappels.", "Simplifiez-vous la vie")]
    [InlineData("Facilitez-vous le quotidien avec nos rappels.", "Facilitez-vous le quotidien")]
    public void A_reflexive_call_of_a_pitch_is_a_call_to_act(string text, string evidence) =>
        Assert.Contains(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Click && m.Evidence == evidence);

    [Theory]
    [InlineData("Livrez-vous en Belgique")]
    [InlineData("Concentrez-vous sur la procédure indiquée par le technicien.")]
    public void Inverted_questions_and_other_reflexive_imperatives_are_no_call(string text) =>
        Assert.DoesNotContain(MessageTypeClassifier.Classify(text, "fr").Markers, m => m.Category == MarkerCategory.Click);

    [Theory]
    [InlineData("Accédez à vos cours partout, propulsé par notre IA.")]
    [InlineData("Échangez avec votre coach IA chaque matin.")]
    [InlineData("Concentrez-vous sur l'essentiel : pas de frais cachés.")]
    [InlineData("Collez un texte. Obtenez le résumé IA en retour.")]
    [InlineData("Découvrez nos parcours et trouvez celui qui vous correspond.")]
    public void A_call_with_a_landing_page_claim_reads_as_promotional_with_or_without_a_reply_mention(string text)
    {
        foreach (var wrapped in new[] { text, "@alex " + text })
        {
            Assert.Equal(PostType.Promo, MessageTypeClassifier.Classify(wrapped, "fr").Verdict);
        }
    }

    [Theory]
    [InlineData("Bonjour, redémarrez votre box. Vérifiez ensuite les voyants.")]
    [InlineData("Consultez la page d'aide. Essayez ensuite de vous reconnecter.")]
    [InlineData("Merci pour votre message. Il n'y a pas de frais cachés : le prix affiché est le prix payé.")]
    public void French_support_replies_do_not_read_as_promotional(string text) =>
        Assert.NotEqual(PostType.Promo, MessageTypeClassifier.Classify(text, "fr").Verdict);
}
