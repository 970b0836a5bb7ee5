using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>The real executable: exit codes, thresholds, configuration discovery, output files.</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void The_readme_command_on_the_examples_prints_findings_and_exits_1()
    {
        var result = ContentLintProcess.Run(RepoPaths.Root, "check", "examples");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("examples/posts/2026-12-05-soldes.md(2,10): error CL1001: Unknown channel 'linkedn'; did you mean 'linkedin'?", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\d+ errors?, \d+ warnings?(, \d+ info)? in \d+ files \(\d+ files, \d+ posts checked\)", result.Stdout);
    }

    [Fact]
    public void Clean_content_exits_0_with_a_summary()
    {
        _repo.Write("post.md", "---\nchannel: linkedin\n---\nHello.\n");

        var result = _repo.Check();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No problems found (1 file, 1 post checked).\n", result.Stdout);
    }

    [Fact]
    public void The_threshold_decides_which_findings_fail_the_run()
    {
        _repo.Write("post.md", "---\nchannel: x\n---\n<!-- contentlint-disable-next-line CL1001 -->\nHello.\n");

        Assert.Equal(0, _repo.Check().ExitCode);
        Assert.Equal(1, _repo.Check("--severity-threshold", "warning").ExitCode);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        var badFormat = _repo.Check("--format", "xml");
        var badCommand = ContentLintProcess.Run(_repo.Root, "chek");

        Assert.Equal(2, badFormat.ExitCode);
        Assert.Contains("'xml'", badFormat.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, badCommand.ExitCode);
        Assert.Contains("did you mean 'check'?", badCommand.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_errors_exit_2_with_the_position_in_the_config()
    {
        _repo.Write("contentlint.yaml", "severity:\n  CL0009: loud\n");
        _repo.Write("post.md", "---\nchannel: x\n---\nHello.\n");

        var result = _repo.Check();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("contentlint.yaml(2,11): error CL0022: Invalid configuration value for 'severity.CL0009': expected one of off, hint, info, warning, error, found 'loud'", result.Stdout, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }

    [Fact]
    public void Configuration_is_found_by_walking_up_and_applies_severities_by_glob()
    {
        _repo.Write("contentlint.yaml", "overrides:\n  - files: [\"archive/**\"]\n    severity: {channels: off}\n");
        _repo.Write("archive/2025/old.md", "---\nchannel: myspace\n---\nOld.\n");
        _repo.Write("posts/new.md", "---\nchannel: myspace\n---\nNew.\n");

        var result = ContentLintProcess.Run(Path.Combine(_repo.Root, "posts"), "check", "..");

        Assert.Contains("new.md(2,10): error CL1001", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("old.md", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_config_file_is_used_and_a_missing_one_is_an_error()
    {
        _repo.Write("configs/strict.yaml", "severity: {CL0009: off}\n");
        _repo.Write("post.md", "---\nchannel: x\ncampaign: a\n---\nHi.\n");

        Assert.Equal(1, _repo.Check().ExitCode);
        Assert.Equal(0, _repo.Check("--config", "configs/strict.yaml").ExitCode);
        var missing = _repo.Check("--config", "nope.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("contentlint: error: configuration file not found: 'nope.yaml'\n", missing.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Output_goes_to_a_file_when_asked()
    {
        _repo.Write("post.md", "---\nchannel: linkedn\n---\nHi.\n");

        var result = _repo.Check("--format", "json", "--output", "report.json");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("\"ruleId\": \"CL1001\"", File.ReadAllText(Path.Combine(_repo.Root, "report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_order_is_deterministic_across_runs()
    {
        for (var i = 0; i < 30; i++)
        {
            _repo.Write($"posts/p{i:00}.md", $"---\nchannel: nope{i}\n---\nPost {i}.\n");
        }

        var first = _repo.Check("--format", "json");
        var second = _repo.Check("--format", "json");

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.True(first.Stdout.IndexOf("p03.md", StringComparison.Ordinal) < first.Stdout.IndexOf("p17.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Readmes_without_front_matter_are_skipped_silently()
    {
        _repo.Write("README.md", "# About\n");
        _repo.Write("notes.txt", "not content");

        var result = _repo.Check();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No problems found (0 files, 0 posts checked).\n", result.Stdout);
    }
}
