using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Scripting;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Rules.Declarative;

/// <summary><c>locales:</c> in YAML rule files (CL0050) and script headers (CL0033), with positions.</summary>
public sealed class RuleLocalesTests
{
    private const string YamlHeader = "id: ACME001\nname: test-rule\ntitle: A test rule.\ncategory: brand-voice\nseverity: warning\nkind: existence\nterms: [Aurora]\nmessage: \"Found '{match}' on {channel}\"\n";
    private const string ScriptHeader = "/*---\nid: ACME001\nmessage: \"Found '{match}' on {channel}\"\n";

    [Fact]
    public void A_yaml_rule_file_carries_its_french_title_and_message()
    {
        var (rule, problems) = DeclarativeRuleParser.Parse(new SourceDocument("rule.yaml", YamlHeader + "locales:\n  fr:\n    title: Une règle de test.\n    message: \"Trouvé « {match} » sur {channel}\"\n"));

        Assert.Empty(problems);
        Assert.Equal("Une règle de test.", rule!.Descriptor.TitleIn(MessageLocale.French));
        Assert.Equal("Trouvé « Aurora » sur X", rule.Descriptor.FormatMessage(MessageLocale.French, ("match", "Aurora"), ("channel", "X")));
        Assert.Equal("Found 'Aurora' on X", rule.Descriptor.FormatMessage(("match", "Aurora"), ("channel", "X")));
    }

    [Fact]
    public void A_script_header_carries_its_french_title_and_message()
    {
        var result = ScriptHeaderReader.Read(new SourceDocument("rule.csx", ScriptHeader + "locales:\n  fr: {title: Une règle., message: \"Trouvé {match} sur {channel}\"}\n---*/\n"));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("Trouvé {match} sur {channel}", result.Header!.Descriptor.MessageFormatIn(MessageLocale.French));
    }

    public static TheoryData<string, string, string> Problems => new()
    {
        { "locales:\n  de:\n    title: Eine Regel.\n    message: \"{match} {channel}\"\n", "2:3", "unknown locale 'de': rule texts can be translated into fr" },
        { "locales:\n  en:\n    title: A rule.\n    message: \"{match} {channel}\"\n", "2:3", "English is the rule's own 'title' and 'message'" },
        { "locales:\n  fr:\n    message: \"{match} {channel}\"\n", "2:3", "missing 'title'" },
        { "locales:\n  fr:\n    title: Une règle.\n", "2:3", "missing 'message'" },
        { "locales:\n  fr:\n    title: Une règle.\n    mesage: x\n    message: \"{match} {channel}\"\n", "4:5", "unknown key 'mesage': a locale has 'title' and 'message'; did you mean 'message'?" },
        { "locales:\n  fr:\n    title: Une règle.\n    message: \"Trouvé {term} sur {channel}\"\n", "4:14", "{term} is not in the English message; {match} from the English message is missing" },
        { "locales:\n  fr:\n    title: [x]\n    message: \"{match} {channel}\"\n", "3:12", "expected text, found a list" },
        { "locales: [fr]\n", "1:10", "expected a map of languages" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Locale_problems_in_a_yaml_rule_file_are_reported_at_their_node(string locales, string at, string fragment)
    {
        var text = YamlHeader + locales;
        var (rule, problems) = DeclarativeRuleParser.Parse(new SourceDocument("rule.yaml", text));

        Assert.Null(rule);
        var problem = Assert.Single(problems);
        Assert.Equal("CL0050", problem.Rule.Id);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        Assert.Equal(Shift(at, YamlHeader), new LineMap(text).GetPosition(problem.Span.Start).ToString());
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void Locale_problems_in_a_script_header_are_reported_at_their_node(string locales, string at, string fragment)
    {
        var text = ScriptHeader + locales + "---*/\n";
        var result = ScriptHeaderReader.Read(new SourceDocument("rule.csx", text));

        Assert.Null(result.Header);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal("CL0033", problem.Rule.Id);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        Assert.Equal(Shift(at, ScriptHeader), new LineMap(text).GetPosition(problem.Span.Start).ToString());
    }

    // Positions in the cases count from the 'locales:' line; the header before it shifts them.
    private static string Shift(string at, string header)
    {
        var parts = at.Split(':');
        return $"{int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) + header.Count(c => c == '\n')}:{parts[1]}";
    }
}
