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
}
