using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Rules.Pack;

/// <summary>The brand-voice fixes, applied with the engine's fix session and checked on the result.</summary>
public sealed class BrandVoiceFixTests
{
    [Fact]
    public void Platform_names_are_respelt_in_markdown_and_in_a_quoted_calendar_text_but_not_in_links()
    {
        var (markdown, left) = PackRun.Fix("CL4001", "a.md", "---\nchannel: x\nlang: fr\n---\nSuivez-nous sur Linkedin, tik tok et linkedin.com/company/acme.\n");
        Assert.Equal("---\nchannel: x\nlang: fr\n---\nSuivez-nous sur LinkedIn, TikTok et linkedin.com/company/acme.\n", markdown);
        Assert.Empty(left);

        var (calendar, _) = PackRun.Fix("CL4001", "a.posts.yaml", "posts:\n  - id: a\n    channel: x\n    text: \"New on youtube:\\n@youtube #youtube\"\n");
        Assert.Equal("posts:\n  - id: a\n    channel: x\n    text: \"New on YouTube:\\n@youtube #youtube\"\n", calendar);
    }

    [Fact]
    public void Terminology_keeps_capitals_and_puts_the_replacement_in_the_plural()
    {
        var config = PackRun.Config("terminology:\n  fr:\n    e-mail: courriel\n    journal: quotidien\n  \"*\":\n    acme cloud: Acme Cloud\n");
        var source = "posts:\n  - id: a\n    channel: linkedin\n    lang: fr\n    text: E-mail ou e-mails, deux journaux, l'ACME CLOUD et un E-MAIL.\n";

        var (text, left) = PackRun.Fix("CL4002", "a.posts.yaml", source, config);

        Assert.Equal(["Courriel ou courriels, deux quotidiens, l'Acme Cloud et un COURRIEL."], PackRun.Texts("a.posts.yaml", text, config));
        Assert.Empty(left);
    }

    [Fact]
    public void A_shouted_phrase_is_put_in_sentence_case_keeping_acronyms_and_names()
    {
        var source = "---\nchannel: linkedin\nlang: fr\n---\nGRANDE VENTE À PARIS POUR LES PME ! Venez à Paris. Une offre GRATUITE.\n";

        var (text, left) = PackRun.Fix("CL4004", "a.md", source);

        Assert.Equal("---\nchannel: linkedin\nlang: fr\n---\nGrande vente à Paris pour les PME ! Venez à Paris. Une offre GRATUITE.\n", text);
        Assert.Equal("GRATUITE", Assert.Single(left).Covered(text));
        Assert.Empty(Assert.Single(left).Fixes);
    }

    [Fact]
    public void A_shouted_phrase_inside_a_sentence_starts_in_lower_case_and_keeps_the_english_i()
    {
        var (text, _) = PackRun.Fix("CL4004", "a.md", "---\nchannel: x\nlang: en\n---\nHonestly, AND I MEAN IT, thanks.\n");

        Assert.EndsWith("Honestly, and I mean it, thanks.\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_marks_keep_one_and_long_dots_become_three()
    {
        var (text, left) = PackRun.Fix("CL4005", "a.md", "---\nchannel: x\nlang: fr\n---\nSuper!!! Vraiment ? ! ? Bon.... Et alors ?! Oui…\n");

        Assert.EndsWith("Super! Vraiment ? Bon... Et alors ?! Oui…\n", text, StringComparison.Ordinal);
        Assert.Empty(left);
    }
}
