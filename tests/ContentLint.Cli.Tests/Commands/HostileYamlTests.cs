using System.Text;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// YAML built to take a parser down, in every kind of file ContentLint reads, through the real
/// executable: a finding at the offending alias, key or nesting, the other files still checked,
/// no stack trace; in contentlint.yaml, a configuration error (exit code 2).
/// </summary>
public sealed class HostileYamlTests : IDisposable
{
    private readonly RepoWithNeighbour _run = new();

    private readonly TempRepo _repo;

    public HostileYamlTests() => _repo = _run.Repo;

    public void Dispose() => _run.Dispose();

    [Theory]
    [InlineData("cycle.md", "---\nl: &l [*l]\n---\n", "cycle.md(2,8): error CL0001: Invalid YAML: alias '*l' is inside the node '&l' that it repeats")]
    [InlineData("cycle-key.md", "---\n&k {*k : 1}\n---\nHi\n", "cycle-key.md(2,5): error CL0001: Invalid YAML: alias '*k' is inside the node '&k'")]
    [InlineData("cycle.posts.yaml", "posts:\n  - &p {id: a, channel: x, text: *p}\n", "cycle.posts.yaml(2,34): error CL0001: Invalid YAML: alias '*p' is inside")]
    [InlineData("keys.md", "---\nchannel: x\nk: {[a]: 1, [b]: 2}\n---\nHi\n", "keys.md(3,5): error CL0001: Invalid YAML: a key must be text, not a list")]
    [InlineData("explicit-key.md", "---\nchannel: x\n? [a]\n: 1\n---\nHi\n", "explicit-key.md(3,3): error CL0001: Invalid YAML: a key must be text, not a list")]
    [InlineData("alias-key.posts.yaml", "defaults: {tags: &t [a]}\nposts:\n  - {*t : 1}\n", "alias-key.posts.yaml(3,6): error CL0001: Invalid YAML: a key must be text, not a list")]
    [InlineData("tagged-key.md", "---\nchannel: x\nk: {!!str a: 1, a: 2}\n---\nHi\n", "tagged-key.md(3,17): error CL0001: Invalid YAML: duplicate key 'a'")]
    public void A_hostile_post_or_calendar_is_a_finding_and_the_run_goes_on(string file, string text, string finding)
    {
        _repo.Write(file, text);

        var result = CheckAndAssertRunWentOn();

        Assert.Contains(finding, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Ten_thousand_nested_block_lists_stop_at_level_65()
    {
        _repo.Write("compact.md", "---\nchannel: x\nk:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n---\nHi\n");
        _repo.Write("indented.posts.yaml", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i) + "-\n")));

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("compact.md(4,127): error CL0001: Invalid YAML: nesting deeper than 64 levels", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("indented.posts.yaml(65,65): error CL0001: Invalid YAML: nesting deeper than 64 levels", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Billion_laughs_in_front_matter_and_in_calendar_defaults()
    {
        _repo.Write("laughs.md", "---\nchannel: x\n" + Laughs(string.Empty) + "---\nHi\n");
        _repo.Write("laughs.posts.yaml", "defaults:\n" + Laughs("  ") + "posts:\n  - {id: a, channel: x, text: Hi}\n");

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("laughs.md(8,10): error CL0001: Invalid YAML: aliases expand the YAML to more than", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("laughs.posts.yaml(7,12): error CL0001: Invalid YAML: aliases expand the YAML to more than", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Billion_laughs_in_a_rule_file_and_a_script_header_is_reported_on_the_rule()
    {
        _repo.Write("contentlint.yaml", "rules: [rules]\n");
        _repo.Write("rules/ACME001.laughs.yaml", "id: ACME001\n" + Laughs(string.Empty));
        _repo.Write("rules/ACME002.laughs.csx", "/*---\nid: ACME002\n" + Laughs(string.Empty) + "---*/\n");
        _repo.Write("rules/ACME003.cycle.csx", "/*---\nid: ACME003\nl: &l [*l]\n---*/\n");

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("rules/ACME001.laughs.yaml(7,10): error CL0050: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules/ACME002.laughs.csx(8,10): error CL0033: ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("rules/ACME003.cycle.csx(3,8): error CL0033: ", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("severity: &l [*l]\n", "contentlint.yaml(1,15): error CL0020: Invalid configuration: alias '*l' is inside the node '&l'")]
    [InlineData("? &k [*k]\n: 1\n", "contentlint.yaml(1,3): error CL0020: Invalid configuration: a key must be text, not a list")]
    [InlineData(null, "contentlint.yaml(6,10): error CL0020: Invalid configuration: aliases expand the YAML to more than")]
    public void Hostile_configuration_is_a_configuration_error(string? config, string finding)
    {
        _repo.Write("contentlint.yaml", config ?? Laughs(string.Empty));

        var result = _repo.Check(".");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(finding, result.Stdout, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace, result.ToString());
    }

    /// <summary>Nine lists of nine aliases to the previous one: 9^10 nodes once expanded; the sixth line goes over the limit at column 10 (plus the indent).</summary>
    private static string Laughs(string indent)
    {
        var yaml = new StringBuilder($"{indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append($"{indent}a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        }

        return yaml.ToString();
    }

    private ProcessResult CheckAndAssertRunWentOn() => _run.CheckAndAssertRunWentOn();
}
