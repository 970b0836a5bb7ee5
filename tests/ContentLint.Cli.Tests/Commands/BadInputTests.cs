using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// Every kind of bad input, through the real executable: a clear CL0xxx finding with file and
/// position, the other files still checked, no stack trace, exit code 1.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly RepoWithNeighbour _run = new();

    private readonly TempRepo _repo;

    public BadInputTests() => _repo = _run.Repo;

    public void Dispose() => _run.Dispose();

    private ProcessResult CheckAndAssertRunWentOn(params string[] args) => _run.CheckAndAssertRunWentOn(args);

    [Fact]
    public void Malformed_yaml_calendar()
    {
        _repo.Write("bad.posts.yaml", "posts:\n  - id: a\n    text: \"unclosed\n  - id: b\n");

        var result = CheckAndAssertRunWentOn();

        Assert.Matches(@"bad\.posts\.yaml\(\d+,\d+\): error CL0001: Invalid YAML: ", result.Stdout);
    }

    [Fact]
    public void Front_matter_never_closed()
    {
        _repo.Write("open.md", "---\nchannel: x\nThe body was never separated.\n");

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("open.md(1,1): error CL0002: Front matter opened here is never closed", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Post_with_no_text()
    {
        _repo.Write("empty-body.md", "---\nchannel: x\n---\n\n");
        _repo.Write("cal.posts.yaml", "posts:\n  - id: nothing\n    channel: x\n");

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("empty-body.md(3,1): error CL0007: Post 'empty-body' has no text", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("cal.posts.yaml(2,5): error CL0007: Post 'nothing' has no text: add 'text:'", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8()
    {
        _repo.WriteBytes("latin1.md", [.. "---\nchannel: x\n---\nCaf"u8, 0xE9, .. " cr\n"u8]);

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("latin1.md(4,4): error CL0003: Invalid UTF-8: byte 0xE9 at byte offset 22", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_file()
    {
        _repo.WriteBytes("photo.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]);

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("photo.md(1,1): error CL0004: This looks like a binary file", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file()
    {
        _repo.Write("empty.posts.yaml", string.Empty);

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("empty.posts.yaml(1,1): error CL0006: The file is empty", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void File_of_50_megabytes_is_not_read()
    {
        using (var stream = File.Create(Path.Combine(_repo.Root, "huge.md")))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("huge.md(1,1): error CL0005: File is 52428800 bytes, over the 10485760-byte limit", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_that_does_not_exist_is_a_usage_error()
    {
        var result = _repo.Check("missing-folder", "neighbour.md");

        Assert.True(result.ExitCode == 2 && result.HasNoStackTrace, result.ToString());
        Assert.Equal("contentlint: error: path not found: 'missing-folder'\n", result.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Unknown_channel_and_field_with_suggestions()
    {
        _repo.Write("typos.md", "---\nchannel: instagramm\npublsh_at: 2026-12-01\n---\nText.\n");

        var result = CheckAndAssertRunWentOn();

        Assert.Contains("typos.md(2,10): error CL1001: Unknown channel 'instagramm'; did you mean 'instagram'?", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("typos.md(3,1): error CL0009: Unknown field 'publsh_at'; did you mean 'publish_at'?", result.Stdout, StringComparison.Ordinal);
    }
}
