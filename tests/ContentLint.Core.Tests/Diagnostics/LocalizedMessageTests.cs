using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Diagnostics;

public sealed class LocalizedMessageTests
{
    private static readonly RuleDescriptor Rule = new("ACME001", "post-kind", "A test rule.", RuleCategory.Custom, Severity.Warning, "The {kind} is {count} too long", "Docs.")
    {
        French = new("Une règle de test.", "{kind} dépasse de {count}"),
    };

    [Fact]
    public void Localized_values_are_rendered_in_the_locale_and_in_english_by_default()
    {
        var kind = new LocalizedString("title", "Le titre");

        Assert.Equal("The title is 3 too long", Rule.FormatMessage(("kind", kind), ("count", 3)));
        Assert.Equal("Le titre dépasse de 3", Rule.FormatMessage(MessageLocale.French, ("kind", kind), ("count", 3)));
        Assert.Equal("title", kind.ToString());
    }

    [Fact]
    public void A_diagnostic_keeps_its_english_message_and_renders_it_again_in_french()
    {
        var diagnostic = Diagnostic.Create(Rule, default, ("kind", new LocalizedString("title", "Le titre")), ("count", 3));

        Assert.Equal("The title is 3 too long", diagnostic.Message);
        Assert.Equal("The title is 3 too long", diagnostic.MessageIn(MessageLocale.English));
        Assert.Equal("Le titre dépasse de 3", diagnostic.MessageIn(MessageLocale.French));
    }

    [Fact]
    public void A_message_of_its_own_stays_as_given_and_a_rule_without_translation_stays_english()
    {
        var own = new Diagnostic(Rule, default, "Custom words", []);
        var untranslated = Diagnostic.Create(Rule with { French = null }, default, ("kind", "title"), ("count", 1));

        Assert.Equal("Custom words", own.MessageIn(MessageLocale.French));
        Assert.Equal("The title is 1 too long", untranslated.MessageIn(MessageLocale.French));
    }

    [Fact]
    public void Findings_of_a_real_lint_render_in_french_with_their_arguments()
    {
        const string text = "---\nchannel: linkdin\n---\nHello.\n";

        var finding = Assert.Single(Lint.Text("post.md", text).Findings, f => f.RuleId == "CL1001");

        Assert.Equal("Unknown channel 'linkdin'; did you mean 'linkedin'?", finding.Message);
        Assert.Equal("Canal inconnu «\u202Flinkdin\u202F»\u202F; vouliez-vous dire «\u202Flinkedin\u202F»\u00A0?", finding.MessageIn(MessageLocale.French));
        Assert.Equal(FieldRules.UnknownField.French!.Title, FieldRules.UnknownField.TitleIn(MessageLocale.French));
    }
}
