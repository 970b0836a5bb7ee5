using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary><c>rules list</c> and <c>rules explain</c> show every rule <c>check</c> would run: the configuration's <c>rules:</c> folders too.</summary>
public sealed class RulesFromConfigurationTests : IDisposable
{
    private const string Rule = "id: ACME001\nname: competitor-names\ntitle: Competitors are not named.\ncategory: brand-voice\nseverity: warning\nkind: existence\nmessage: \"Competitor named: '{match}'\"\nterms: [Globex]\ndocs: We never name competitors.\n";

    private readonly TempRepo _repo = new();

    public RulesFromConfigurationTests()
    {
        _repo.Write("contentlint.yaml", "rules: [rules]\n");
        _repo.Write("rules/ACME001.yaml", Rule);
        _repo.Write("posts/a.md", "---\nchannel: x\n---\nHello.\n");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void List_shows_the_rules_of_the_configuration_with_their_file()
    {
        var result = ContentLintProcess.Run(Path.Combine(_repo.Root, "posts"), "rules", "list", "--category", "brand-voice");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ACME001  competitor-names", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Competitors are not named.  [../rules/ACME001.yaml]", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_finds_a_rule_of_the_configuration()
    {
        var result = ContentLintProcess.Run(_repo.Root, "rules", "explain", "competitor-names");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("ACME001 competitor-names: Competitors are not named.", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Defined in: rules/ACME001.yaml", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("We never name competitors.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_names_the_configuration_to_read()
    {
        using var elsewhere = new TempRepo();

        var result = ContentLintProcess.Run(elsewhere.Root, "rules", "explain", "ACME001", "--config", Path.Combine(_repo.Root, "contentlint.yaml"));
        var without = ContentLintProcess.Run(elsewhere.Root, "rules", "explain", "ACME001");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, without.ExitCode);
    }

    [Fact]
    public void A_configuration_with_errors_is_reported_and_exits_2()
    {
        _repo.Write("contentlint.yaml", "rules: [rules]\nseverity: [oops\n");

        var result = ContentLintProcess.Run(_repo.Root, "rules", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("contentlint.yaml(", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("contentlint: error: the configuration has errors (see above)", result.Stderr, StringComparison.Ordinal);
    }
}
