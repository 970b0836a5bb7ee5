using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Documents.Yaml;

public sealed class YamlLoaderTests
{
    [Fact]
    public void Input_that_makes_yamldotnet_throw_a_non_yaml_exception_is_a_finding()
    {
        // YamlDotNet 18.1's scanner throws InvalidOperationException on this input.
        var result = Lint.Text("a.md", "---\nbad: [\nchannel: linkedn\n---\nBody.\n");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(ParseRules.InvalidYaml, finding.Rule);
        Assert.Contains("unclosed '['", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Very_deep_nesting_is_refused_before_parsing()
    {
        var deep = "posts: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

        var stream = YamlLoader.Load(deep, out var error);

        Assert.Null(stream);
        Assert.Equal("nesting deeper than 64 levels", error.Message);
        Assert.Equal(7 + 63, error.Span.Start); // the root map is the first level
    }

    [Fact]
    public void Brackets_in_quotes_and_comments_do_not_count_as_nesting()
    {
        var yaml = "a: \"" + new string('[', 100) + "\"\n# " + new string('{', 100) + "\nb: it's [ok]\n";

        Assert.NotNull(YamlLoader.Load(yaml, out _));
    }
}
