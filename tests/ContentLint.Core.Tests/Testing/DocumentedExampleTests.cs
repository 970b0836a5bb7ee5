using ContentLint.Core.Documents;
using ContentLint.Core.Rules;
using ContentLint.Core.Rules.Declarative;
using ContentLint.Core.Testing;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Testing;

/// <summary>The examples of docs/writing-rules.md are rule files with case files: they run here, so the docs cannot go stale.</summary>
public sealed class DocumentedExampleTests
{
    private static readonly string ExamplesFolder = Path.Combine(RepoPaths.Root, "docs", "examples", "declarative");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(ExamplesFolder, "*.cases.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var testCase in RuleCaseFileParser.Parse(Load(file)).Cases)
            {
                data.Add(Path.GetFileName(file), testCase.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Documented_example_case_passes(string caseFile, string caseName)
    {
        var file = RuleCaseFileParser.Parse(Load(Path.Combine(ExamplesFolder, caseFile)));
        var (postRule, batchRule, problems) = DeclarativeRuleLoader.Load(Load(file.RuleFile!));
        Assert.True(problems.IsEmpty, string.Join("\n", problems.Select(p => p.Message)));
        var runner = new RuleCaseRunner(BuiltInRules.Shipped, postRule is null ? [] : [postRule], batchRule is null ? [] : [batchRule]);

        var result = runner.Run(file, file.Cases.Single(c => c.Name == caseName));

        Assert.True(result.Passed, result.Report);
    }

    [Fact]
    public void Every_kind_has_a_documented_example()
    {
        var kinds = Directory.EnumerateFiles(ExamplesFolder, "*.yaml")
            .Where(f => !f.EndsWith(".cases.yaml", StringComparison.Ordinal))
            .Select(f => DeclarativeRuleParser.Parse(Load(f)).Rule!.Kind)
            .ToHashSet();

        Assert.Equal(Enum.GetValues<DeclarativeKind>().ToHashSet(), kinds);
    }

    private static SourceDocument Load(string path) => new(path, File.ReadAllText(path));
}
