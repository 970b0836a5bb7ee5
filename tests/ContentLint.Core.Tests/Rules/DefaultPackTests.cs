using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Testing;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Rules;

/// <summary>The default rule pack (rules/): every case file passes, and every rule follows the pack's conventions.</summary>
public sealed class DefaultPackTests
{
    private static readonly string RulesFolder = Path.Combine(RepoPaths.Root, "rules");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in CaseFiles())
        {
            foreach (var testCase in Parse(file).Cases)
            {
                data.Add(Path.GetRelativePath(RulesFolder, file), testCase.Name);
            }
        }

        return data;
    }

    public static TheoryData<string> PackRules() => [.. DefaultRulePack.Rules.Select(r => r.Descriptor.Id)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_passes(string caseFile, string caseName)
    {
        var file = Parse(Path.Combine(RulesFolder, caseFile));

        var result = new RuleCaseRunner(BuiltInRules.Shipped, [], []).Run(file, file.Cases.Single(c => c.Name == caseName));

        Assert.True(result.Passed, result.Report);
    }

    [Theory]
    [MemberData(nameof(PackRules))]
    public void Rule_has_its_file_and_a_case_file_with_french_and_english_positive_and_negative_cases(string id)
    {
        var (descriptor, path) = DefaultRulePack.Rules.Single(r => r.Descriptor.Id == id);
        var stem = $"{descriptor.Id}.{descriptor.Name}";

        Assert.True(
            path == $"rules/{descriptor.Category.Name}/{stem}.yaml" || path == $"rules/{descriptor.Category.Name}/{stem}.csx",
            $"{id}: the rule file must be rules/{descriptor.Category.Name}/{stem}.yaml or .csx (found {path}).");
        var casePath = Path.Combine(RulesFolder, descriptor.Category.Name, $"{stem}.cases.yaml");
        Assert.True(File.Exists(casePath), $"{id}: add its case file {Path.GetRelativePath(RepoPaths.Root, casePath)} with FR and EN cases, positive and negative.");
        var cases = Parse(casePath);
        Assert.True(cases.RuleId == descriptor.Id, $"{id}: the case file must say 'rule: {descriptor.Id}'.");
        var positive = cases.Cases.Where(c => MarkupParser.Parse(c.Markup).Expected.Any(e => e.RuleId is null)).ToList();
        var negative = cases.Cases.Where(c => !MarkupParser.Parse(c.Markup).Expected.Any(e => e.RuleId is null)).ToList();
        foreach (var lang in new[] { "fr", "en" })
        {
            Assert.True(positive.Any(c => c.Markup.Contains($"lang: {lang}", StringComparison.Ordinal)), $"{id}: add a case in '{lang}' where the rule reports.");
            Assert.True(negative.Any(c => c.Markup.Contains($"lang: {lang}", StringComparison.Ordinal)), $"{id}: add a case in '{lang}' where the rule must not report.");
        }
    }

    [Fact]
    public void Every_option_of_a_pack_script_declares_its_type_and_says_what_it_does()
    {
        foreach (var (path, header) in DefaultRulePack.ScriptHeaders)
        {
            foreach (var option in header.Declarations)
            {
                Assert.True(option.Doc.Length > 0, $"{path}: declare option '{option.Name}' in full — {{type: {option.TypeName}, default: …, doc: \"what it changes\"}} — so `rules explain` can document it.");
            }
        }
    }

    [Fact]
    public void Pack_rules_report_nothing_on_a_plain_post()
    {
        var linter = new Linter(Lint.DefaultConfig, BuiltInRules.Shipped);
        foreach (var text in new[] { "---\nchannel: linkedin\nlang: fr\n---\nBonjour.\n", "---\nchannel: x\nlang: en\n---\nHello.\n" })
        {
            Assert.Empty(linter.Lint(new SourceDocument("post.md", text)).Findings);
        }
    }

    private static IEnumerable<string> CaseFiles() =>
        Directory.EnumerateFiles(RulesFolder, "*.cases.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static RuleCaseFile Parse(string path) => RuleCaseFileParser.Parse(new SourceDocument(path, File.ReadAllText(path)));
}
