using System.Diagnostics;
using System.Text;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary><c>check --fix --diff</c>: a dry run that writes nothing and prints a diff that <c>git apply</c> and <c>patch</c> apply to give what <c>--fix</c> writes.</summary>
public sealed class FixDiffTests : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly TempRepo _dryRun = new();
    private readonly TempRepo _fixed = new();

    public void Dispose()
    {
        _dryRun.Dispose();
        _fixed.Dispose();
    }

    private void WriteBoth(string path, byte[] bytes)
    {
        _dryRun.WriteBytes(path, bytes);
        _fixed.WriteBytes(path, bytes);
    }

    private void WriteFixableRepo()
    {
        // A BOM and CRLF, a fix on the first lines and one after a long unchanged stretch (two hunks), no final line break.
        var filler = string.Concat(Enumerable.Range(1, 12).Select(i => $"Ligne {i}.\r\n"));
        WriteBoth("posts/post.md", [.. Bom, .. Encoding.UTF8.GetBytes("---\r\nchannel: linkedn\r\ntyp: promo\r\n---\r\n" + filler + "<!-- contentlint-disable-next-line CL1001 -->\r\nFin.")]);
        WriteBoth("cal.posts.yaml", Encoding.UTF8.GetBytes("posts:\n  - id: a\n    chanel: x\n    channel: x\n    text: Hi\n"));
        WriteBoth("clean.md", Encoding.UTF8.GetBytes("---\nchannel: x\n---\nRien à corriger.\n"));
    }

    private static byte[][] Snapshot(TempRepo repo) =>
        [.. Directory.GetFiles(repo.Root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    [Fact]
    public void Refuses_the_options_of_a_report_it_does_not_print_and_writes_nothing()
    {
        WriteFixableRepo();
        var before = Snapshot(_dryRun);

        var run = _dryRun.Check("--fix", "--diff", "--format", "json", "--output", "fixes.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--diff prints a unified diff instead of a report: drop --format, --output", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.Equal(before, Snapshot(_dryRun));
    }

    [Fact]
    public void Writes_nothing_and_its_diff_applied_with_git_apply_gives_what_fix_writes()
    {
        WriteFixableRepo();
        var before = Snapshot(_dryRun);

        var diff = _dryRun.Check("--fix", "--diff");

        Assert.True(diff.ExitCode == 1, diff.ToString());
        Assert.Equal(before, Snapshot(_dryRun));
        Assert.Contains("--- a/posts/post.md", diff.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("clean.md", diff.Stdout, StringComparison.Ordinal);
        var fix = _fixed.Check("--fix");
        Assert.True(fix.ExitCode is 0 or 1, fix.ToString());

        Run(_dryRun.Root, "git", diff.Stdout, "apply", "--whitespace=nowarn", "-");

        Assert.Equal(Snapshot(_fixed), Snapshot(_dryRun));
    }

    [Fact]
    public void Its_diff_applies_with_patch_too()
    {
        WriteFixableRepo();

        var diff = _dryRun.Check("--fix", "--diff");
        _fixed.Check("--fix");
        Run(_dryRun.Root, "patch", diff.Stdout, "-p1", "--quiet", "--binary");

        Assert.Equal(Snapshot(_fixed), Snapshot(_dryRun));
    }

    [Fact]
    public void Nothing_to_fix_prints_nothing_and_exits_0()
    {
        _dryRun.Write("clean.md", "---\nchannel: x\n---\nRien à corriger.\n");

        var result = _dryRun.Check("--fix", "--diff");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void Diff_without_fix_is_a_usage_error()
    {
        _dryRun.Write("clean.md", "---\nchannel: x\n---\nRien.\n");

        var result = _dryRun.Check("--diff");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--fix", result.Stderr, StringComparison.Ordinal);
    }

    private static void Run(string directory, string tool, string input, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { WorkingDirectory = directory, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        // The diff's bytes as printed (UTF-8, line endings as in the files).
        process.StandardInput.BaseStream.Write(Encoding.UTF8.GetBytes(input));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} failed: {output.Result}{error}\n--- diff ---\n{input}");
    }
}
