using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

public sealed class InitCommandTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Init_writes_a_configuration_that_loads_cleanly_and_does_not_overwrite()
    {
        var first = ContentLintProcess.Run(_repo.Root, "init");
        _repo.Write("post.md", "---\nchannel: linkedin\nlang: en\n---\nHello.\n");
        var check = _repo.Check();
        var second = ContentLintProcess.Run(_repo.Root, "init");

        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(Path.Combine(_repo.Root, "contentlint.yaml")));
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.DoesNotContain("contentlint.yaml", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("already exists", second.Stderr, StringComparison.Ordinal);
    }
}
