using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Text;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Configuration;

public sealed class ConfigurationLoaderTests
{
    private static ConfigurationLoadResult Load(string yaml) =>
        ConfigurationLoader.Load(new SourceDocument("contentlint.yaml", yaml), "/repo", new Linter(LintConfiguration.CreateDefault("/repo"), BuiltInRules.Shipped).Catalog);

    [Fact]
    public void Every_setting_is_read()
    {
        var result = Load("""
            content: ["posts/**/*.md"]
            exclude: [drafts/**]
            fields: [campaign]
            maxFileSize: 1_000_000
            severity:
              CL0009: warning
              engine: info
            overrides:
              - files: ["archive/**"]
                severity: {unknown-channel: off}
            channels:
              x: {limit: 25000}
              intranet: {method: graphemes, limit: 1000, fold: 200}
            """);

        Assert.Empty(result.Diagnostics);
        var config = result.Configuration;
        Assert.Equal(["posts/**/*.md"], config.Content.ToArray());
        Assert.Contains("drafts/**", config.Exclude);
        Assert.Contains("**/node_modules/**", config.Exclude);
        Assert.Equal(["campaign"], config.Fields.ToArray());
        Assert.Equal(1_000_000, config.MaxFileSize);
        Assert.Equal([("CL0009", Severity.Warning), ("engine", Severity.Info)], config.Severity.Select(s => (s.Key, s.Severity)));
        Assert.Equal(Severity.Off, Assert.Single(Assert.Single(config.Overrides).Severity).Severity);
        Assert.Equal(25000, config.Channels["x"].Limit);
        Assert.Equal("graphemes", config.Channels["intranet"].Method);
        Assert.Equal(200, config.Channels["intranet"].Fold);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_with_its_position()
    {
        const string yaml = "severity:\n  CL0009: warning\n channels: x\n";

        var result = Load(yaml);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ConfigRules.InvalidConfig, diagnostic.Rule);
        Assert.True(result.HasErrors);
        Assert.Equal(2, new LineMap(yaml).GetPosition(diagnostic.Span.Start).Line);
        Assert.DoesNotContain("(Line:", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_and_rules_are_warnings_with_suggestions()
    {
        const string yaml = "severty: {}\nseverity:\n  CL9999: error\n  unknown-chanel: off\n";

        var result = Load(yaml);

        Assert.False(result.HasErrors);
        Assert.Collection(
            result.Diagnostics,
            d => Assert.Equal("Unknown configuration key 'severty'; did you mean 'severity'?", d.Message),
            d => Assert.Equal(ConfigRules.UnknownRuleInConfig, d.Rule),
            d => Assert.Equal("Unknown rule or category 'unknown-chanel'; did you mean 'unknown-channel'?", d.Message));
        Assert.Equal("CL9999", yaml.Substring(result.Diagnostics[1].Span.Start, result.Diagnostics[1].Span.Length));
    }

    [Theory]
    [InlineData("severity: {CL0009: loud}", "expected one of off, hint, info, warning, error, found 'loud'")]
    [InlineData("maxFileSize: big", "expected a whole number")]
    [InlineData("channels: {x: {limit: 0}}", "must be at least 1, found 0")]
    [InlineData("content: {a: b}", "expected a list of strings, found a map")]
    [InlineData("overrides: [{severity: {CL0009: off}}]", "each override needs 'files:'")]
    [InlineData("- a\n- b", "the file must be a map of settings")]
    public void Wrong_values_are_errors(string yaml, string expected)
    {
        var result = Load(yaml);

        Assert.True(result.HasErrors);
        Assert.Contains(result.Diagnostics, d => d.Rule == ConfigRules.InvalidConfigValue && d.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_means_defaults()
    {
        var result = Load("# nothing yet\n");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(LintConfiguration.DefaultContent.ToArray(), result.Configuration.Content.ToArray());
    }

    [Fact]
    public void Find_walks_up_from_a_folder()
    {
        var root = Directory.CreateTempSubdirectory("contentlint-config-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, "contentlint.yaml"), "fields: [a]\n");
            var nested = Directory.CreateDirectory(Path.Combine(root.FullName, "posts", "2026"));

            Assert.Equal(Path.Combine(root.FullName, "contentlint.yaml"), ConfigurationLoader.Find(nested.FullName));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
