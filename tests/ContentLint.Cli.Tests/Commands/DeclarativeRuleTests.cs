using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>Declarative rule packs through the real executable: loading from rules:, batch rules, fixes, rule-file errors.</summary>
public sealed class DeclarativeRuleTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public DeclarativeRuleTests()
    {
        _repo.Write("contentlint.yaml", "rules: [rules]\n");
        foreach (var name in new[] { "ACME002.brand-spelling", "ACME005.promo-ratio" })
        {
            _repo.Write($"rules/{name}.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "examples", "declarative", $"{name}.yaml")));
            _repo.Write($"rules/{name}.cases.yaml", File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "examples", "declarative", $"{name}.cases.yaml")).Replace($"ruleFile: {name}.yaml\n", string.Empty, StringComparison.Ordinal));
        }
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Rules_of_the_pack_report_across_files_and_fix()
    {
        _repo.Write("posts/a.md", "---\nchannel: x\npersona: brand\ntype: promo\npublish_at: 2026-12-07\n---\nOn Linkedin too.\n");
        _repo.Write("posts/b.md", "---\nchannel: x\npersona: brand\ntype: promo\npublish_at: 2026-12-08\n---\nBuy now.\n");

        var before = _repo.Check();
        var fix = _repo.Check("--fix");

        Assert.Contains("posts/a.md(7,4): warning ACME002: Write 'LinkedIn', not 'Linkedin'", before.Stdout, StringComparison.Ordinal);
        Assert.Contains("posts/b.md(4,7): warning ACME005: 2 of 2 posts are promotional (100 %) for brand × x × 2026-W50; at most 50 %", before.Stdout, StringComparison.Ordinal);
        Assert.Contains("Fixed 1 problem in 1 file.", fix.Stdout, StringComparison.Ordinal);
        Assert.Contains("On LinkedIn too.", File.ReadAllText(Path.Combine(_repo.Root, "posts/a.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_rule_file_is_reported_on_the_file_and_the_other_rules_run()
    {
        _repo.Write("rules/ACME007.bad.yaml", "id: ACME007\nname: bad\ntitle: T.\ncategory: brand-voice\nseverity: warning\nkind: existence\nmessage: M\npattern: '(a)\\1'\n");
        _repo.Write("posts/a.md", "---\nchannel: x\n---\nOn Linkedin.\n");

        var result = _repo.Check();

        Assert.Contains("rules/ACME007.bad.yaml(8,10): error CL0051: Pattern of rule ACME007 cannot run in linear time", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("warning ACME002", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Test_finds_rules_under_test_through_the_configuration()
    {
        var result = ContentLintProcess.Run(_repo.Root, "test", "rules");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("5 passed, 0 failed (2 case files)", result.Stdout, StringComparison.Ordinal);
    }
}
