using ContentLint.TestKit.Fuzzing;
using Xunit.Abstractions;

namespace ContentLint.Core.Tests.Fuzzing;

/// <summary>
/// Fuzzing of the YAML classes bounded by the YAML loader (alias cycles, billion laughs, deep block and
/// flow nesting, non-scalar keys) in front matter, calendars and configuration.
/// </summary>
public sealed class YamlHostileFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Alias_cycles_billion_laughs_deep_nesting_and_non_scalar_keys() =>
        Assert.True(FuzzRun.Run("hostile YAML", HostileYaml.AliasAndNestingFiles, file =>
        {
            if (file.Path == "contentlint.yaml")
            {
                FuzzCheck.LoadConfiguration(file.Text);
            }
            else
            {
                FuzzCheck.LintText(file.Path, file.Text);
            }
        }, output) > 0, "no fuzz input ran");
}
