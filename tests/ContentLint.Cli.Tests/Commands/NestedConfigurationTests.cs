using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// A file is checked with the configuration nearest to it, however check is called, and a nested
/// contentlint.yaml inherits the company's policy (real executable).
/// </summary>
public sealed class NestedConfigurationTests : IDisposable
{
    private const string Post = "---\nchannel: linkedin\n---\nFalcon will ship for Acme, says the Vega team.\n";

    private readonly TempRepo _repo = new();

    public NestedConfigurationTests()
    {
        _repo.Write("contentlint.yaml", "confidential:\n  terms: [Falcon]\n  clients: [Acme]\n");
        _repo.Write("team/contentlint.yaml", "channels:\n  linkedin: {limit: 20}\nconfidential:\n  terms: [Vega]\n");
        _repo.Write("team/post.md", Post);
        _repo.Write("other.md", Post);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Check_dot_and_check_the_file_give_the_same_findings()
    {
        var fromRoot = Findings(_repo.Check("--format", "json", "."), "team/post.md");
        var named = Findings(_repo.Check("--format", "json", "team/post.md"), "team/post.md");
        var fromTeam = Findings(ContentLintProcess.Run(Path.Combine(_repo.Root, "team"), "check", "--format", "json"), "post.md");

        Assert.NotEmpty(fromRoot);
        Assert.Equal(fromRoot, named);
        Assert.Equal(fromRoot, fromTeam);
    }

    [Fact]
    public void A_nested_configuration_keeps_the_company_policy_and_adds_its_own()
    {
        var findings = Findings(_repo.Check("--format", "json", "."), "team/post.md");

        Assert.Contains(findings, f => f.StartsWith("CL2001", StringComparison.Ordinal) && f.Contains("'Falcon'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("CL2002", StringComparison.Ordinal) && f.Contains("'Acme'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("CL2001", StringComparison.Ordinal) && f.Contains("'Vega'", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("CL1", StringComparison.Ordinal)); // The team's 20-character limit.
        var outside = Findings(_repo.Check("--format", "json", "."), "other.md");
        Assert.DoesNotContain(outside, f => f.Contains("'Vega'", StringComparison.Ordinal) || f.StartsWith("CL1", StringComparison.Ordinal));
    }

    [Fact]
    public void Root_true_stops_the_inheritance()
    {
        _repo.Write("team/contentlint.yaml", "root: true\nconfidential:\n  terms: [Vega]\n");

        var findings = Findings(_repo.Check("--format", "json", "."), "team/post.md");

        Assert.Contains(findings, f => f.Contains("'Vega'", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Contains("'Falcon'", StringComparison.Ordinal) || f.Contains("'Acme'", StringComparison.Ordinal));
    }

    [Fact]
    public void An_error_in_a_nested_configuration_is_reported_there_and_exits_2()
    {
        _repo.Write("team/contentlint.yaml", "channels:\n  linkedin: {limit: -1}\n");

        var result = _repo.Check(".");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("team/contentlint.yaml(2,", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("other.md", result.Stdout, StringComparison.Ordinal); // Files under a valid configuration are still checked.
        Assert.True(result.HasNoStackTrace);
    }

    [Fact]
    public void A_nested_exclude_applies_to_its_folder_when_checking_the_root()
    {
        _repo.Write("team/contentlint.yaml", "exclude: [drafts/**]\n");
        _repo.Write("team/drafts/wip.md", Post);
        _repo.Write("drafts/kept.md", Post);

        var result = _repo.Check("--format", "json", ".");

        Assert.Empty(Findings(result, "team/drafts/wip.md"));
        Assert.NotEmpty(Findings(result, "drafts/kept.md"));
    }

    private static List<string> Findings(ProcessResult result, string path)
    {
        Assert.True(result.HasNoStackTrace, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        return [.. json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("path").GetString() == path)
            .Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("offset").GetInt32()}+{f.GetProperty("length").GetInt32()} {f.GetProperty("severity").GetString()} {f.GetProperty("message").GetString()}")
            .Order(StringComparer.Ordinal)];
    }
}
