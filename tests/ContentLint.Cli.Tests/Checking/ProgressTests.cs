using System.Diagnostics;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Checking;

/// <summary>
/// The progress line of <c>check</c>: on a pseudo-terminal (util-linux <c>script</c>) it is drawn on
/// standard error; redirected, with <c>CI</c> set or in a machine format it never is. The one-second
/// delay is set to 0 so the examples' short run shows it.
/// </summary>
public sealed class ProgressTests
{
    // The progress line's own words (the report's summary also says "posts checked").
    private const string Marker = "findings so far";

    [Fact]
    public void Shows_on_a_pseudo_terminal()
    {
        var terminal = RunOnTerminal(new Dictionary<string, string?>(), "check", RepoPaths.Examples);

        Assert.Contains(Marker, terminal, StringComparison.Ordinal);
        // Drawn in place, and erased before the report.
        Assert.Contains("\r", terminal, StringComparison.Ordinal);
        Assert.Contains("\u001b[K", terminal, StringComparison.Ordinal);
        Assert.Contains("CL", terminal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void Never_shows_in_a_machine_format_even_on_a_terminal(string format)
    {
        var terminal = RunOnTerminal(new Dictionary<string, string?>(), "check", RepoPaths.Examples, "--format", format);

        Assert.DoesNotContain(Marker, terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_shows_on_a_terminal_when_CI_is_set()
    {
        var terminal = RunOnTerminal(new Dictionary<string, string?> { ["CI"] = "true" }, "check", RepoPaths.Examples);

        Assert.DoesNotContain(Marker, terminal, StringComparison.Ordinal);
        Assert.Contains("CL", terminal, StringComparison.Ordinal);
    }

    [Fact]
    public void Never_shows_when_output_is_redirected()
    {
        var result = ContentLintProcess.Run(RepoPaths.Examples, new Dictionary<string, string?> { [CheckProgress.DelayVariable] = "0", ["CI"] = null }, "check", ".");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.DoesNotContain(Marker, result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[K", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_counts_files_posts_findings_and_rate()
    {
        var error = new StringWriter();
        using (var progress = new CheckProgress(error, TimeSpan.FromHours(1)))
        {
            Assert.Matches(@"^0 files, 0 posts checked, 0 findings so far \(\d+ posts/s\)$", progress.Line());
        }

        Assert.Equal("", error.ToString());
    }

    /// <summary>Runs <c>contentlint</c> under <c>script</c>, so its standard streams are a terminal; returns what the terminal received.</summary>
    private static string RunOnTerminal(Dictionary<string, string?> environment, params string[] args)
    {
        Assert.True(File.Exists("/usr/bin/script") || File.Exists("/bin/script"), "util-linux 'script' is needed to give contentlint a pseudo-terminal");
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "contentlint.dll") }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = RepoPaths.Examples };
        foreach (var arg in new[] { "-q", "-f", "-e", "-c", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TERM"] = "xterm";
        start.Environment["CI"] = null;
        start.Environment["NO_COLOR"] = "1";
        start.Environment[CheckProgress.DelayVariable] = "0";
        start.Environment["CONTENTLINT_CACHE_DIR"] = Path.Combine(Path.GetTempPath(), "contentlint-cli-tests-cache");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 1, $"script exited {process.ExitCode}: {output}{error.Result}");
        return output;
    }

    private static string Quote(string arg) => "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
