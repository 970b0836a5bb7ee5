using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary><c>contentlint config show FILE</c>: the effective configuration, with where each value came from (real executable).</summary>
public sealed class ConfigShowCommandTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public ConfigShowCommandTests()
    {
        _repo.Write("contentlint.yaml", "confidential:\n  terms: [Falcon]\nchannels:\n  linkedin: {limit: 3000, fold: 200}\n");
        _repo.Write("team/contentlint.yaml", "channels:\n  linkedin:\n    limit: 1000\nconfidential:\n  terms: [\"Vega: next\"]\n");
        _repo.Write("team/post.md", "---\nchannel: linkedin\n---\nHello\n");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Text_lists_each_value_with_its_file_and_line()
    {
        var result = ContentLintProcess.Run(_repo.Root, "config", "show", "team/post.md");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Contains("    - Falcon  # from contentlint.yaml:2", lines);
        Assert.Contains("    - \"Vega: next\"  # from team/contentlint.yaml:5", lines);
        Assert.Contains("    limit: 1000  # from team/contentlint.yaml:3", lines);
        Assert.Contains("    fold: 200  # from contentlint.yaml:4", lines);
    }

    [Fact]
    public void Json_gives_a_source_per_value()
    {
        var result = ContentLintProcess.Run(_repo.Root, "config", "show", "team/post.md", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["contentlint.yaml", "team/contentlint.yaml"], json.RootElement.GetProperty("configurationFiles").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
        var limit = json.RootElement.GetProperty("settings").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "channels.linkedin.limit");
        Assert.Equal("1000", limit.GetProperty("value").GetString());
        Assert.Equal("team/contentlint.yaml", limit.GetProperty("source").GetProperty("path").GetString());
        Assert.Equal(3, limit.GetProperty("source").GetProperty("line").GetInt32());
    }

    [Fact]
    public void A_missing_file_exits_2_with_one_line()
    {
        var result = ContentLintProcess.Run(_repo.Root, "config", "show", "team/nope.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("contentlint: file not found: team/nope.md", result.Stderr.Trim());
    }

    [Fact]
    public void A_broken_configuration_exits_2_with_its_errors()
    {
        _repo.Write("team/contentlint.yaml", "channels: [\n");

        var result = ContentLintProcess.Run(_repo.Root, "config", "show", "team/post.md");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("team/contentlint.yaml:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("CL0020", result.Stderr, StringComparison.Ordinal);
        Assert.True(result.HasNoStackTrace);
    }

    [Fact]
    public void Without_configuration_the_defaults_are_named()
    {
        using var bare = new TempRepo();
        bare.Write("post.md", "---\nchannel: x\n---\nHi\n");

        var result = ContentLintProcess.Run(bare.Root, "config", "show", "post.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("the defaults are in use", result.Stdout, StringComparison.Ordinal);
    }
}
