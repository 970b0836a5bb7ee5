using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Errors;

/// <summary>
/// Walking a folder never hangs or crashes: symbolic links back up the tree are entered once, and a
/// file that cannot be read (a dangling link, a link to itself) is a CL0008 finding on that path,
/// a named pipe is not opened (empty: CL0006),
/// while the other files are checked.
/// </summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public FolderWalkTests() => _repo.Write("a/post.md", "---\nchannel: linkedn\n---\nHi.\n");

    public void Dispose() => _repo.Dispose();

    [SkippableFact]
    public void Links_to_parent_folders_are_entered_once()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        Directory.CreateSymbolicLink(Path.Combine(_repo.Root, "a", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(_repo.Root, "a", "self"), ".");

        var result = _repo.Check(".");

        Assert.True(result.ExitCode == 1 && result.HasNoStackTrace, result.ToString());
        Assert.Contains("a/post.md(2,10): error CL1001", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("(1 file, 1 post checked)", result.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void An_unreadable_file_is_a_finding_and_the_others_are_checked()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        File.CreateSymbolicLink(Path.Combine(_repo.Root, "dangling.md"), "nowhere.md");
        File.CreateSymbolicLink(Path.Combine(_repo.Root, "loop.md"), "loop.md");

        var result = _repo.Check(".");

        Assert.True(result.ExitCode == 1 && result.HasNoStackTrace, result.ToString());
        Assert.Contains("dangling.md(1,1): error CL0008: Cannot read 'dangling.md': not found", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("loop.md(1,1): error CL0008: Cannot read 'loop.md': ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("a/post.md(2,10): error CL1001", result.Stdout, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_named_pipe_among_the_posts_does_not_block_the_run()
    {
        Skip.If(OperatingSystem.IsWindows(), "named pipes in folders are a Unix feature");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(_repo.Root, "pipe.md")))
        {
            mkfifo.WaitForExit();
        }

        var result = _repo.Check(".");

        Assert.True(result.ExitCode == 1 && result.HasNoStackTrace, result.ToString());
        Assert.Contains("pipe.md(1,1): error CL0006", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("a/post.md(2,10): error CL1001", result.Stdout, StringComparison.Ordinal);
    }
}
