using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Configuration;

public sealed class ScriptConfigurationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("contentlint-config-").FullName;

    [Fact]
    public void Rules_folders_and_script_settings_are_read()
    {
        Directory.CreateDirectory(Path.Combine(_root, "rules"));

        var result = Load("rules: [rules]\nscripts: {enabled: false, budgetMs: 250, allocationMb: 8}\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["rules"], result.Configuration.Rules.ToArray());
        Assert.Equal(new ScriptConfiguration { Enabled = false, BudgetMs = 250, AllocationMb = 8 }, result.Configuration.Scripts);
    }

    [Theory]
    [InlineData("rules: [missing]\n", "CL0022", "folder 'missing' not found")]
    [InlineData("scripts: {budgetMs: 0}\n", "CL0022", "must be at least 1")]
    [InlineData("scripts: {enabled: maybe}\n", "CL0022", "expected true or false")]
    [InlineData("scripts: {budget: 5}\n", "CL0021", "Unknown configuration key 'scripts.budget'; did you mean 'budgetMs'?")]
    public void Wrong_values_are_reported(string yaml, string id, string fragment)
    {
        var diagnostic = Assert.Single(Load(yaml).Diagnostics);

        Assert.Equal(id, diagnostic.Rule.Id);
        Assert.Contains(fragment, diagnostic.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ConfigurationLoadResult Load(string yaml) =>
        ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", yaml), _root, new Linter(LintConfiguration.CreateDefault(_root), BuiltInRules.Shipped).Catalog);
}
