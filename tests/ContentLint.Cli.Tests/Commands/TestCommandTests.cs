using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

public sealed class TestCommandTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void The_documented_examples_pass()
    {
        var result = ContentLintProcess.Run(RepoPaths.Root, "test", "docs/examples");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"\d+ passed, 0 failed \(\d+ case files\)", result.Stdout);
    }

    [Fact]
    public void A_failing_case_exits_1_with_expected_and_actual()
    {
        _repo.Write("rules/ACME009.secret.yaml", "id: ACME009\nname: secret-word\ntitle: T.\ncategory: confidentiality\nseverity: error\nkind: existence\nmessage: Secret\nterms: [aurora]\n");
        _repo.Write("rules/ACME009.secret.cases.yaml", "rule: ACME009\nruleFile: ACME009.secret.yaml\ncases:\n  - name: forgot the marker\n    post: |\n      ---\n      channel: x\n      ---\n      Projet Aurora.\n");

        var result = ContentLintProcess.Run(_repo.Root, "test");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("FAIL rules/ACME009.secret.cases.yaml(4): ACME009 › forgot the marker", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Projet [|Aurora|].", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 passed, 1 failed (1 case files)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_rule_file_is_a_usage_error_with_its_position()
    {
        _repo.Write("r.yaml", "id: ACME009\nname: x\ntitle: T.\ncategory: custom\nseverity: error\nkind: existence\nmessage: M\npattern: '(?=a)b'\n");
        _repo.Write("r.cases.yaml", "rule: ACME009\nruleFile: r.yaml\ncases:\n  - {name: n, post: text}\n");

        var result = ContentLintProcess.Run(_repo.Root, "test", "r.cases.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("r.yaml(8,10): CL0051: Pattern of rule ACME009 cannot run in linear time", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_rule_under_test_runs_in_the_rule_host_with_each_case_configuration()
    {
        _repo.Write("rules/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        _repo.Write("rules/ACME001.no-competitor.cases.yaml", "rule: ACME001\nruleFile: ACME001.no-competitor.csx\ncases:\n"
            + "  - name: found\n    post: |\n      ---\n      channel: x\n      ---\n      We beat [|Globex|].\n"
            + "  - name: found with its own configuration\n    config: \"scripts: {budgetMs: 10000}\"\n    post: |\n      ---\n      channel: x\n      ---\n      Not [|Globex|].\n");

        var result = ContentLintProcess.Run(_repo.Root, new Dictionary<string, string?> { ["CONTENTLINT_TRACE"] = "1", ["CONTENTLINT_CACHE_DIR"] = Path.Combine(_repo.Root, "script-cache") }, "test");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2 passed, 0 failed (1 case files)", result.Stdout, StringComparison.Ordinal);
        // The script was compiled by the rule host (started once): this process never loads the compiler.
        Assert.Contains("compiler-loaded=true", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("host-starts=1", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", result.Stderr[result.Stderr.IndexOf("trace: assemblies", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_script_under_test_fails_its_case_and_the_command_goes_on()
    {
        var overflow = HostileScript.All.Single(s => s.FileName == "crash-structural-hash.csx");
        _repo.Write("rules/a/boom.csx", overflow.Text);
        _repo.Write("rules/a/boom.cases.yaml", $"rule: {overflow.Id}\nruleFile: boom.csx\ncases:\n  - name: nothing to find\n    post: |\n      ---\n      channel: x\n      ---\n      Quiet.\n");
        _repo.Write("rules/b/ACME001.no-competitor.csx", HostileScript.WellBehavedRule);
        _repo.Write("rules/b/ACME001.no-competitor.cases.yaml", "rule: ACME001\nruleFile: ACME001.no-competitor.csx\ncases:\n  - name: found\n    post: |\n      ---\n      channel: x\n      ---\n      We beat [|Globex|].\n");

        var result = ContentLintProcess.Run(_repo.Root, "test");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(result.HasNoStackTrace, result.ToString());
        Assert.Contains($"FAIL rules/a/boom.cases.yaml(4): {overflow.Id} › nothing to find", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"unexpected: CL0030", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("PASS rules/b/ACME001.no-competitor.cases.yaml(4): ACME001 › found", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 passed, 1 failed (2 case files)", result.Stdout, StringComparison.Ordinal);
    }
}
