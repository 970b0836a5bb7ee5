using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Rules.Persona;

/// <summary>What case files cannot show: fixes, and the edges of the persona checks.</summary>
public sealed class PersonaChecksTests
{
    private const string Personas = "personas:\n  careers: {kind: brand}\n  lea: {kind: influencer}\n  anna: {kind: employee}\n";

    [Fact]
    public void Unknown_persona_is_fixed_to_the_closest_name()
    {
        const string post = "---\nchannel: linkedin\npersona: carrers\nlang: fr\n---\nNous recrutons.\n";

        Assert.Equal(post.Replace("carrers", "careers", StringComparison.Ordinal), Fix(post, "CL3002", Personas));
    }

    [Fact]
    public void A_contradicted_type_is_fixed_to_the_type_the_text_reads_as()
    {
        const string post = "---\nchannel: instagram\ntype: dialogue\nlang: fr\n---\n-20 % avec le code NOEL. Commandez !\n";

        Assert.Equal(post.Replace("type: dialogue", "type: promo", StringComparison.Ordinal), Fix(post, "CL3006"));
    }

    [Fact]
    public void A_type_inherited_from_calendar_defaults_gets_no_fix_and_each_post_its_own_finding()
    {
        const string calendar = "defaults:\n  type: dialogue\nposts:\n  - id: a\n    channel: x\n    text: Shop now, 30% off!\n  - id: b\n    channel: x\n    text: Buy now with code WINTER.\n";

        var findings = Lint.Text("week.posts.yaml", calendar).Findings.Where(f => f.RuleId == "CL3006").ToList();

        Assert.Equal(["Shop now", "Buy now"], findings.Select(f => f.Covered(calendar)));
        Assert.All(findings, f => Assert.Empty(f.Fixes));
    }

    [Fact]
    public void A_missing_disclosure_is_fixed_with_the_french_wording_in_french()
    {
        const string post = "---\nchannel: linkedin\npersona: lea\ntype: promo\nlang: fr\n---\nProfitez de -15 % avec mon code LEA15.\n";

        Assert.Equal(post.Replace("Profitez", "Publicité – Profitez", StringComparison.Ordinal), Fix(post, "CL3009", Personas));
    }

    [Fact]
    public void A_missing_disclosure_is_fixed_with_a_hashtag_in_english_inside_a_quoted_scalar()
    {
        const string calendar = "posts:\n  - id: a\n    channel: x\n    persona: anna\n    type: promo\n    lang: en\n    text: \"Shop now: 30% off with code ANNA30.\"\n";

        Assert.Equal(calendar.Replace("\"Shop", "\"#ad Shop", StringComparison.Ordinal), Fix(calendar, "CL3009", Personas, "week.posts.yaml"));
    }

    [Theory]
    [InlineData(0, false)]     // "#ad" starts the post
    [InlineData(121, false)]   // ends at character 124, inside Instagram's 125
    [InlineData(123, true)]    // ends at 126: cut by the fold
    public void A_disclosure_must_end_before_the_fold(int padding, bool reported)
    {
        var body = new string('a', padding) + (padding == 0 ? string.Empty : " ") + "#ad " + new string('b', 200);
        var post = $"---\nchannel: instagram\npersona: lea\ntype: promo\nlang: en\n---\n{body}\n";

        Assert.Equal(reported, Lint.Text("post.md", post, Config(Personas)).Findings.Any(f => f.RuleId == "CL3009"));
    }

    [Fact]
    public void One_disclosure_finding_per_channel_that_hides_it()
    {
        var post = "---\nchannels: [linkedin, instagram, x]\npersona: lea\ntype: promo\nlang: en\n---\n" + new string('a', 150) + " #ad\n";

        var findings = Lint.Text("post.md", post, Config(Personas)).Findings.Where(f => f.RuleId == "CL3009").ToList();

        Assert.Single(findings);
        Assert.Contains("Instagram", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_declared_dialogue_is_not_counted_as_promotional_by_the_promo_share()
    {
        const string calendar = "defaults:\n  channel: x\n  persona: careers\nposts:\n"
            + "  - id: a\n    type: dialogue\n    publish_at: 2026-12-07\n    text: Shop now, 30% off!\n"
            + "  - id: b\n    type: dialogue\n    publish_at: 2026-12-08\n    text: Buy now, 30% off!\n"
            + "  - id: c\n    type: dialogue\n    publish_at: 2026-12-09\n    text: Order now, 30% off!\n";

        var linter = new Linter(Config(Personas), BuiltInRules.Shipped);
        var result = linter.Finish(linter.RunBatch([linter.Analyze(new SourceDocument("week.posts.yaml", calendar))])[0]);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "CL3007");
        Assert.Equal(3, result.Findings.Count(f => f.RuleId == "CL3006"));
    }

    private static LintConfiguration Config(string yaml) =>
        ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", yaml), Path.GetTempPath(), new Linter(Lint.DefaultConfig, BuiltInRules.Shipped).Catalog).Configuration;

    private static string Fix(string text, string ruleId, string? config = null, string path = "post.md")
    {
        var findings = Lint.Text(path, text, config is null ? null : Config(config)).Findings.Where(f => f.RuleId == ruleId).ToList();
        Assert.NotEmpty(findings);
        return FixApplier.Apply(new SourceDocument(path, text), findings).Text;
    }
}
