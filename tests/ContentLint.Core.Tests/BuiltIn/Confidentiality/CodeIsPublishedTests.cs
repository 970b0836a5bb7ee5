using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.BuiltIn.Confidentiality;

/// <summary>
/// Platforms publish backticks as plain characters: the confidentiality family reads Markdown code as
/// text, declared once by its category; brand voice and typography still skip it (issue 10).
/// </summary>
public sealed class CodeIsPublishedTests
{
    private const string Policy = "confidential: {terms: [Aurora]}\n";

    private static string[] Covered(string id, string post, string config = Policy) =>
        [.. PackRun.Findings(id, PackRun.Config(config), ("p.md", post)).Select(f => f.Covered(post))];

    [Fact]
    public void The_category_declares_how_its_rules_read_code()
    {
        Assert.Equal(CodeReading.Text, RuleCategory.Confidentiality.Code);
        Assert.All(RuleCategory.All.Where(c => c != RuleCategory.Confidentiality), c => Assert.Equal(CodeReading.OutOfScope, c.Code));
    }

    [Theory]
    [InlineData("Le projet `Aurora` avance.\n")]
    [InlineData("Voici :\n\n```\nAurora\n```\n")]
    [InlineData("Voici :\n\n~~~yaml\nname: Aurora\n~~~\n")]
    [InlineData("Voici :\n\n    Aurora\n")]
    [InlineData("> Citation `Aurora`\n")]
    [InlineData("- item `Aurora`\n")]
    public void A_confidential_term_in_code_is_reported(string body)
    {
        Assert.Equal(["Aurora"], Covered("CL2001", $"---\nchannel: linkedin\nlang: fr\n---\n{body}"));
    }

    [Fact]
    public void A_confidential_term_in_code_in_a_later_thread_part_is_reported()
    {
        const string post = "---\nchannel: x\nlang: fr\nthread: true\n---\nPremière partie.\n\n---\n\nSuite : `Aurora`.\n";

        Assert.Equal(["Aurora"], Covered("CL2001", post));
    }

    [Theory]
    [InlineData("<!-- Aurora -->\nBonjour.\n")]
    [InlineData("Bonjour <!-- Aurora --> à tous.\n")]
    public void Html_comments_are_not_published_and_stay_out(string body)
    {
        Assert.Empty(Covered("CL2001", $"---\nchannel: linkedin\nlang: fr\n---\n{body}"));
    }

    [Theory]
    [InlineData("CL2005", "Écrivez à `jean.dupont@gmail.com`.\n", "jean.dupont@gmail.com")]
    [InlineData("CL2006", "```\ntel: 06 12 34 56 78\n```\n", "06 12 34 56 78")]
    [InlineData("CL2007", "`FR76 3000 6000 0112 3456 7890 189`\n", "FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("CL2008", "Carte `4111 1111 1111 1111`.\n", "4111 1111 1111 1111")]
    [InlineData("CL2009", "NIR `185057800608491`.\n", "185057800608491")]
    [InlineData("CL2011", "`export GITHUB_TOKEN=ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d`\n", "ghp_u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8d")]
    [InlineData("CL2013", "Le wiki : `http://wiki.acme.internal/`.\n", "http://wiki.acme.internal/")]
    public void Personal_data_secrets_and_internal_hosts_in_code_are_reported(string id, string body, string expected)
    {
        Assert.Equal([expected], Covered(id, $"---\nchannel: linkedin\nlang: fr\n---\n{body}"));
    }

    [Fact]
    public void A_loopback_address_in_code_is_a_tutorial_not_a_leak()
    {
        const string post = "---\nchannel: linkedin\nlang: fr\n---\nLancez `http://localhost:3000` puis `http://127.0.0.1:8080/`. Sinon http://localhost:3000.\n";

        Assert.Equal(["http://localhost:3000"], Covered("CL2013", post));
        Assert.Equal(post.LastIndexOf("http://localhost:3000", StringComparison.Ordinal), PackRun.Findings("CL2013", null, ("p.md", post)).Single().Span.Start);
    }

    [Fact]
    public void Brand_voice_still_skips_code()
    {
        const string post = "---\nchannel: linkedin\nlang: en\npersona: brand\n---\nRun `cheap-build` now; it is cheap.\n";

        Assert.Equal(["cheap"], Covered("CL4003", post, "personas: {brand: {bannedWords: [cheap]}}\n"));
    }

    [Theory]
    [InlineData("confidentiality", 1)]
    [InlineData("brand-voice", 0)]
    public void A_declarative_rule_reads_code_the_way_its_category_does(string category, int expected)
    {
        var header = $"id: ACME001\nname: test-rule\ntitle: A test rule.\ncategory: {category}\nseverity: warning\nmessage: \"Found '{{match}}'\"\nkind: existence\nterms: [Borealis]\n";
        var (definition, problems) = DeclarativeRuleParser.Parse(new SourceDocument("rule.yaml", header));
        Assert.Empty(problems);

        var result = Lint.Text("p.md", "---\nchannel: x\n---\nLe module `Borealis` arrive.\n", null, new DeclarativeRule(definition!));

        Assert.Equal(expected, result.Findings.Count(f => f.RuleId == "ACME001"));
    }
}
