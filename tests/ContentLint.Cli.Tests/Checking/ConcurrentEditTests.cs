using ContentLint.Cli.Checking;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Checking;

/// <summary>
/// A file saved by someone else while <c>check --fix</c> runs keeps what was saved, and the run says so
/// with a finding (so every output format shows it). The save is made by the writer's hook, just
/// before its last comparison: the worst moment, deterministically.
/// </summary>
public sealed class ConcurrentEditTests : IDisposable
{
    private const string Saved = "---\nchannel: linkedn\n---\nA sentence the writer just typed.\n";
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_saved_during_the_fix_keeps_the_saved_text_and_is_reported(bool hardLinked)
    {
        var path = _repo.Write("post.md", "---\nchannel: linkedn\n---\nText.\n");
        if (hardLinked)
        {
            Assert.Equal(0, Mono.Unix.Native.Syscall.link(path, Path.Combine(_repo.Root, "copy.txt")));
        }

        using var runner = new CheckRunner(writer: new FixWriter(target => File.WriteAllText(target, Saved)));

        var outcome = runner.Run(new CheckOptions(["post.md"], null, Fix: true, _repo.Root), CancellationToken.None);

        Assert.Equal(Saved, File.ReadAllText(path));
        var finding = Assert.Single(outcome.Report.Findings, f => f.RuleId == "CL0040");
        Assert.Equal("Fixes were not written: the file changed on disk while it was being checked; run --fix again", finding.Message);
        Assert.Contains(outcome.Report.Findings, f => f.RuleId == "CL1001");
        Assert.Equal(0, outcome.Report.FixesApplied);
        Assert.Equal(0, outcome.Report.FilesFixed);
        Assert.Equal(hardLinked ? ["copy.txt", "post.md"] : ["post.md"], Directory.GetFiles(_repo.Root).Select(Path.GetFileName).Order());
    }
}
