using System.Text;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// Deeply nested Markdown and badly encoded files, through the real executable, beside a normal post:
/// each is one finding with its position, the normal post is still checked, no stack trace, exit code 1.
/// </summary>
public sealed class HostileMarkdownAndEncodingTests : IDisposable
{
    private const string FrontMatter = "---\nchannel: x\n---\n";
    private readonly TempRepo _repo = new();

    public HostileMarkdownAndEncodingTests()
    {
        _repo.Write("normal.md", "---\nchannel: linkedn\n---\nA normal post.\n");
        _repo.Write("quotes.md", FrontMatter + new string('>', 128) + " deep\n");
        _repo.Write("lists.md", FrontMatter + string.Concat(Enumerable.Repeat("- ", 200)) + "item\n");
        _repo.Write("emphasis.md", FrontMatter + string.Concat(Enumerable.Repeat("*_", 10_000)) + "x\n");
        _repo.Write("brackets.md", FrontMatter + "Intro.\n" + new string('[', 10_000) + "x\n");
        _repo.Write("stars.md", FrontMatter + new string('*', 10_000) + "x" + new string('*', 10_000) + "\n");
        var utf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        _repo.WriteBytes("lone-surrogate.md", [.. utf16.GetPreamble(), .. utf16.GetBytes(FrontMatter + "hello "), 0x3D, 0xD8, .. utf16.GetBytes(" world\n")]);
        _repo.WriteBytes("utf32.md", [.. new UTF32Encoding(false, true).GetPreamble(), .. new UTF32Encoding(false, false).GetBytes(FrontMatter + "hi\n")]);
        _repo.WriteBytes("truncated.md", [.. Encoding.UTF8.GetBytes(FrontMatter + "caf"), 0xC3]);
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Every_hostile_file_is_one_finding_and_the_normal_post_is_still_checked()
    {
        var result = _repo.Check(".");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(result.HasNoStackTrace, result.ToString());
        Assert.Contains("normal.md(2,10): error CL1001: Unknown channel 'linkedn'", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("quotes.md(4,1): error CL0015: Markdown nested too deeply", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("lists.md(4,1): error CL0015: Markdown nested too deeply", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("emphasis.md(4,1): error CL0015: Markdown nested too deeply", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("brackets.md(5,", result.Stdout, StringComparison.Ordinal); // over X's limit: the brackets are text
        Assert.Contains("lone-surrogate.md(4,7): error CL0003: Invalid UTF-16: unpaired surrogate 0xD83D", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("utf32.md(1,1): error CL0003: Invalid encoding: UTF-32 is not supported", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("truncated.md(4,4): error CL0003: Invalid UTF-8: byte 0xC3", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("9 files", result.Stdout, StringComparison.Ordinal);
    }
}
