using System.Diagnostics;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Errors;

/// <summary>
/// Every error that is not a finding exits 2 with one line on standard error and no stack trace
/// (CI reads exit code 1 as "findings").
/// </summary>
public sealed class ExitCodeTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public ExitCodeTests() => _repo.Write("posts/a.md", "---\nchannel: x\n---\nHello.\n");

    public void Dispose() => _repo.Dispose();

    [Theory]
    [InlineData("missing/dir/out.txt", "folder")]
    [InlineData("posts", "it is a folder")]
    public void An_output_that_cannot_be_written_exits_2_with_one_line(string output, string reason)
    {
        var result = _repo.Check("posts", "-o", output);

        AssertOneLineError(result, $"cannot write the report to '{output}'");
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "check", "posts", "--shard", "1/2", "--facts-out", "missing/f.json" }, "cannot write the facts file to 'missing/f.json'")]
    [InlineData(new[] { "baseline", "create", "posts", "-o", "missing/b.json" }, "cannot write the baseline to 'missing/b.json'")]
    public void A_facts_file_or_baseline_that_cannot_be_written_is_named_as_such(string[] args, string expected)
    {
        var result = ContentLintProcess.Run(_repo.Root, args);

        AssertOneLineError(result, expected);
    }

    [SkippableFact]
    public void A_full_disk_while_writing_the_report_exits_2_with_one_line()
    {
        Skip.IfNot(File.Exists("/dev/full"), "needs /dev/full (Linux)");

        var result = _repo.Check("posts", "-o", "/dev/full");

        AssertOneLineError(result, "cannot write the report to '/dev/full'");
    }

    [Theory]
    [InlineData(new[] { "check", "--frobnicate", "posts" }, "unknown option '--frobnicate' for 'contentlint check'")]
    [InlineData(new[] { "check", "posts", "--fromat", "json" }, "did you mean '--format'?")]
    [InlineData(new[] { "check", "posts", "--format=jsn" }, "invalid --format 'jsn'; did you mean 'json'?")]
    [InlineData(new[] { "check", "posts", "--severity-threshold", "warnin" }, "invalid --severity-threshold 'warnin'; did you mean 'warning'?")]
    [InlineData(new[] { "count", "-C", "x", "--chanel", "x" }, "did you mean '--channel'?")]
    [InlineData(new[] { "rules", "list", "--categroy", "engine" }, "did you mean '--category'?")]
    [InlineData(new[] { "rules", "explain", "CL1001", "--confg", "x" }, "did you mean '--config'?")]
    [InlineData(new[] { "test", "--verbose" }, "unknown option '--verbose' for 'contentlint test'")]
    [InlineData(new[] { "init", "--forse" }, "did you mean '--force'?")]
    [InlineData(new[] { "lsp", "--log-level", "loud" }, "invalid --log-level 'loud'")]
    [InlineData(new[] { "chek" }, "did you mean 'check'?")]
    public void Usage_errors_exit_2_with_one_line_and_a_suggestion(string[] args, string expected)
    {
        var result = ContentLintProcess.Run(_repo.Root, args);

        AssertOneLineError(result, expected);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error_with_a_suggestion()
    {
        var result = _repo.Check("post");

        AssertOneLineError(result, "path not found: 'post'; did you mean 'posts'?");
    }

    [Theory]
    [InlineData(new[] { "count", "nope.md" }, "file not found: 'nope.md'")]
    [InlineData(new[] { "count", "posts" }, "'posts' is a folder (count takes one file)")]
    [InlineData(new[] { "test", "nope" }, "path not found: 'nope'")]
    public void Other_commands_report_a_missing_path_in_one_line(string[] args, string expected)
    {
        var result = ContentLintProcess.Run(_repo.Root, args);

        AssertOneLineError(result, expected);
    }

    [Fact]
    public void Init_over_a_folder_named_like_the_configuration_exits_2_with_one_line()
    {
        Directory.CreateDirectory(Path.Combine(_repo.Root, "contentlint.yaml"));

        var result = ContentLintProcess.Run(_repo.Root, "init");

        AssertOneLineError(result, "contentlint.yaml': it is a folder");
    }

    [Fact]
    public void After_a_double_dash_an_argument_is_a_path_even_with_a_leading_dash()
    {
        _repo.Write("-draft.md", "---\nchannel: x\n---\nHello.\n");

        var result = _repo.Check("--", "-draft.md");

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("check", "posts")]
    [InlineData("count", "-C", "x", "posts/a.md")]
    [InlineData("rules", "list")]
    public void A_configuration_file_that_does_not_exist_exits_2_with_one_line(params string[] args)
    {
        var result = ContentLintProcess.Run(_repo.Root, [.. args, "--config", "nope.yaml"]);

        AssertOneLineError(result, "configuration file not found: 'nope.yaml'");
    }

    [Fact]
    public void A_closed_standard_output_is_not_a_crash()
    {
        var lines = string.Concat(Enumerable.Range(0, 4000).Select(i => $"Post {i} mentions Linkedin and Linkedin again.\n\n"));
        _repo.Write("posts/long.md", "---\nchannel: linkedin\n---\n" + lines);
        _repo.Write("contentlint.yaml", "terminology:\n  en: {Linkedin: LinkedIn}\n");
        var start = new ProcessStartInfo("bash") { WorkingDirectory = _repo.Root, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"dotnet '{Path.Combine(AppContext.BaseDirectory, "contentlint.dll")}' check posts 2>err.txt | head -c 10 >/dev/null; echo ${{PIPESTATUS[0]}}");
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var exitCode = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        var stderr = File.ReadAllText(Path.Combine(_repo.Root, "err.txt"));

        Assert.True(exitCode is "0" or "1", $"exit {exitCode}\n{stderr}");
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    /// <summary>Exit code 2, one line on standard error starting with <c>contentlint: error:</c>, no stack trace.</summary>
    internal static void AssertOneLineError(ProcessResult result, string expected)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.True(result.HasNoStackTrace, result.ToString());
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, result.ToString());
        Assert.StartsWith("contentlint: error: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(expected, lines[0], StringComparison.Ordinal);
    }
}
