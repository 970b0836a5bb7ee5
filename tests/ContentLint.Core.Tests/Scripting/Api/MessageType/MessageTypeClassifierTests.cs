using ContentLint.Core.Scripting.Api.MessageType;
using ContentLint.Core.Documents;
using ContentLint.Core.Scoping;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Scripting.Api.MessageType;

public sealed class MessageTypeClassifierTests
{
    [Theory]
    [InlineData("-20 % sur toute la collection avec le code NOEL. Commandez avant dimanche !", "'-20 %', 'code NOEL', 'Commandez'")]
    [InlineData("Shop now: 30% off everything with code WINTER30.", "'Shop now', '30% off', 'code WINTER30'")]
    [InlineData("La Freebox Pop à 29,99 €/mois : https://example.com/pop?utm_source=x&utm_campaign=pop", "'29,99 €/mois', 'utm_source=x'")]
    [InlineData("Découvrez notre nouvelle collection.", "'Découvrez', 'nouvelle'")]
    [InlineData("Planning a trip? Book now at https://example.com", "'Book now', 'https://example.com'")]
    public void Promotional_texts_read_as_promotional_with_their_evidence(string text, string evidence)
    {
        var reading = MessageTypeClassifier.Classify(text);

        Assert.Equal(PostType.Promo, reading.Verdict);
        Assert.Equal(evidence, reading.Evidence(PostType.Promo));
    }

    [Theory]
    [InlineData("@sam Hi Sam, sorry to hear that! Could you DM us your order number?", "'sorry', 'Could you', 'DM'")]
    [InlineData("Bonjour, désolés pour ce souci. Pouvez-vous nous écrire en MP ?", "'désolés', 'Pouvez-vous', 'en MP'")]
    [InlineData("@jess Thanks for reaching out! Please visit https://help.example.com/reset and let us know if it works. ^JS", "'Thanks', 'let us know', '^JS'")]
    [InlineData("Merci pour votre message ! N'hésitez pas à nous dire ce que vous en pensez.", "'Merci', 'N'hésitez pas'")]
    public void Dialogue_texts_read_as_dialogue_with_their_evidence(string text, string evidence)
    {
        var reading = MessageTypeClassifier.Classify(text);

        Assert.Equal(PostType.Dialogue, reading.Verdict);
        Assert.Equal(evidence, reading.Evidence(PostType.Dialogue));
    }

    [Theory]
    [InlineData("Our team met in Lyon this week to plan the new season.")]
    [InlineData("Nous avons rencontré l'équipe de Lyon cette semaine.")]
    [InlineData("@sam We have a help page for that: https://help.example.com")]
    [InlineData("")]
    public void Weak_or_mixed_evidence_gives_no_verdict(string text) =>
        Assert.Null(MessageTypeClassifier.Classify(text).Verdict);

    [Theory]
    [InlineData("29,99 €/mois", "29,99 €/mois")]
    [InlineData("only $49 today", "$49")]
    [InlineData("à partir de 9 € par mois", "9 € par mois")]
    [InlineData("10 000 € à gagner", "10 000 €")]
    [InlineData("just £5.99", "£5.99")]
    [InlineData("49 euros", "49 euros")]
    public void Prices_are_found_in_their_usual_forms(string text, string evidence) =>
        Assert.Contains(MessageTypeClassifier.Classify(text).Markers, m => m.Category == MarkerCategory.Price && m.Evidence == evidence);

    [Theory]
    [InlineData("-20 % sur tout", "-20 %")]
    [InlineData("-20\u00A0% sur tout", "-20 %")] // evidence shows white space as plain spaces
    [InlineData("get 30% off", "30% off")]
    [InlineData("20 % de réduction", "20 % de réduction")]
    [InlineData("jusqu'à -50 % sur les manteaux", "jusqu'à -50 %")]
    public void Discounts_are_found_in_english_and_french(string text, string evidence) =>
        Assert.Contains(MessageTypeClassifier.Classify(text).Markers, m => m.Category == MarkerCategory.Discount && m.Evidence == evidence);

    [Theory]
    [InlineData("avec le code NOEL", true)]
    [InlineData("promo code SAVE20 at checkout", true)]
    [InlineData("code promo BIENVENUE", true)]
    [InlineData("error code CE-34878-0 on boot", false)]
    [InlineData("your verification code 123456", false)]
    [InlineData("the code is fine", false)]
    public void Promo_codes_are_capitals_after_code_but_not_error_or_verification_codes(string text, bool found) =>
        Assert.Equal(found, MessageTypeClassifier.Classify(text).Markers.Any(m => m.Category == MarkerCategory.PromoCode));

    [Fact]
    public void Case_accents_and_spacing_do_not_matter_and_spans_point_at_the_original_text()
    {
        const string text = "DÉCOUVREZ la gamme. Follow  the\nwebcast live.";

        var markers = MessageTypeClassifier.Classify(text).Markers;

        Assert.Contains(markers, m => m.Category == MarkerCategory.Click && m.Span == new TextSpan(0, 9) && m.Evidence == "DÉCOUVREZ");
        Assert.Contains(markers, m => m.Category == MarkerCategory.Click && m.Evidence == "Follow the");
    }

    [Fact]
    public void Words_inside_links_and_handles_are_not_markers()
    {
        var markers = MessageTypeClassifier.Classify("@AskSales see https://shop.example.com/buy-now/sale").Markers;

        Assert.DoesNotContain(markers, m => m.Category is MarkerCategory.Buy or MarkerCategory.Deal or MarkerCategory.Help);
    }

    [Fact]
    public void Excluded_spans_such_as_code_are_ignored()
    {
        const string text = "Try `buy now -20 % code SAVE20` in the sandbox.";
        var code = new TextSpan(4, 26);

        var reading = MessageTypeClassifier.Classify([text], isExcluded: (_, span) => span.OverlapsWith(code));

        Assert.DoesNotContain(reading.Markers, m => m.Span.OverlapsWith(code));
    }

    [Fact]
    public void A_category_counts_once_however_often_it_occurs()
    {
        var reading = MessageTypeClassifier.Classify("$10, $20, $30 and $40.");

        Assert.Equal(ClassifierWeights.Price, reading.PromoScore);
    }

    [Fact]
    public void Several_texts_are_read_as_one_message_and_markers_say_which_text()
    {
        var reading = MessageTypeClassifier.Classify(["Big news for winter (1/2)", "Shop now with code WINTER (2/2)"]);

        Assert.Equal(PostType.Promo, reading.Verdict);
        Assert.All(reading.Strongest(PostType.Promo), m => Assert.Equal(1, m.TextIndex));
    }

    [Fact]
    public void A_question_opening_a_broadcast_is_a_hook_but_still_an_invitation()
    {
        var reading = MessageTypeClassifier.Classify("Vous cherchez un cadeau ? Découvrez notre sélection.");

        Assert.Equal(PostType.Promo, reading.Verdict);
        Assert.True(reading.Has(MarkerCategory.Invitations));
        Assert.Equal(0, reading.DialogueScore);
    }

    [Fact]
    public void A_long_question_is_quoted_by_its_end()
    {
        var marker = MessageTypeClassifier.Classify("@sam Could you tell us which version of the application you are running on your phone?").Markers
            .Single(m => m.Category == MarkerCategory.Question);

        Assert.StartsWith("…", marker.Evidence, StringComparison.Ordinal);
        Assert.EndsWith("phone?", marker.Evidence, StringComparison.Ordinal);
        Assert.True(marker.Evidence.Length <= 40);
    }

    [Theory]
    [InlineData("Buy")]
    [InlineData("Order")]
    [InlineData("Shop now")]
    [InlineData("Sign up")]
    [InlineData("Register")]
    [InlineData("Subscribe")]
    [InlineData("Download")]
    [InlineData("Book now")]
    [InlineData("Learn more")]
    [InlineData("Read more")]
    [InlineData("Find out more")]
    [InlineData("Click")]
    [InlineData("Apply now")]
    [InlineData("Join us")]
    [InlineData("Get yours")]
    [InlineData("Try it")]
    [InlineData("Call us")]
    [InlineData("DM us")]
    [InlineData("Link in bio")]
    [InlineData("Achetez")]
    [InlineData("Commandez")]
    [InlineData("Inscrivez-vous")]
    [InlineData("Abonnez-vous")]
    [InlineData("Téléchargez")]
    [InlineData("Réservez")]
    [InlineData("Découvrez")]
    [InlineData("En savoir plus")]
    [InlineData("Cliquez")]
    [InlineData("Postulez")]
    [InlineData("Rejoignez-nous")]
    [InlineData("Contactez-nous")]
    [InlineData("Écrivez-nous")]
    [InlineData("Lien en bio")]
    [InlineData("Profitez")]
    public void Every_call_to_action_the_fold_rule_knows_is_a_marker(string phrase)
    {
        var text = phrase + " today.";
        var found = CallToAction.FindFirst(text);

        Assert.NotNull(found);
        Assert.Contains(MessageTypeClassifier.Classify(text).Markers, m => m.Weight > 0 && m.Span.OverlapsWith(found.Value));
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Any_text_classifies_with_spans_inside_it(string? text)
    {
        text ??= string.Empty;
        var reading = MessageTypeClassifier.Classify([text, "@x " + text]);
        return reading.Markers.All(m => m.Span.Start >= 0 && m.Span.End <= (m.TextIndex == 0 ? text.Length : text.Length + 3) && m.Evidence.Length > 0);
    }
}
