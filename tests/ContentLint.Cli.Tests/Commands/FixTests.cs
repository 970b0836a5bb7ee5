using System.Text;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Commands;

/// <summary><c>check --fix</c> through the real executable: exact bytes, idempotence, encodings and line endings.</summary>
public sealed class FixTests : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void A_fixed_file_differs_only_by_the_edits_and_keeps_bom_and_crlf()
    {
        const string before = "---\r\nchannel: linkedn\r\ntyp: promo\r\n---\r\nTexte accentué, émoji 😀\tet tabulation.\r\n<!-- contentlint-disable-next-line CL1001 -->\r\nFin.\r\n";
        const string after = "---\r\nchannel: linkedin\r\ntype: promo\r\n---\r\nTexte accentué, émoji 😀\tet tabulation.\r\nFin.\r\n";
        _repo.WriteBytes("post.md", [.. Bom, .. Utf8(before)]);

        var result = _repo.Check("--fix");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([.. Bom, .. Utf8(after)], _repo.ReadBytes("post.md"));
        Assert.Contains("Fixed 3 problems in 1 file.", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(["post.md"], Directory.GetFiles(_repo.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_second_run_changes_nothing()
    {
        _repo.Write("post.md", "---\nchannels: [linkedn, mastodn]\n---\nText.\n");
        _repo.Write("cal.posts.yaml", "posts:\n  - id: a\n    chanel: x\n    channel: x\n    text: Hi\n");

        _repo.Check("--fix");
        var fixedPost = _repo.ReadBytes("post.md");
        var fixedCalendar = _repo.ReadBytes("cal.posts.yaml");
        var second = _repo.Check("--fix");

        Assert.Equal(Utf8("---\nchannels: [linkedin, mastodon]\n---\nText.\n"), fixedPost);
        Assert.Equal(fixedPost, _repo.ReadBytes("post.md"));
        Assert.Equal(fixedCalendar, _repo.ReadBytes("cal.posts.yaml"));
        Assert.DoesNotContain("Fixed", second.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_that_cannot_be_decoded_are_never_rewritten()
    {
        byte[] latin1 = [.. "---\nchannel: linkedn\n---\nCaf"u8, 0xE9, .. "\n"u8];
        _repo.WriteBytes("latin1.md", latin1);

        var result = _repo.Check("--fix");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(latin1, _repo.ReadBytes("latin1.md"));
    }

    [Fact]
    public void Remaining_findings_are_reported_after_fixing()
    {
        _repo.Write("post.md", "---\nchannel: zzzzzz\ntyp: promo\n---\nText.\n");

        var result = _repo.Check("--fix");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("post.md(2,10): error CL1001: Unknown channel 'zzzzzz'", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("CL0009", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Fixed 1 problem in 1 file.", result.Stdout, StringComparison.Ordinal);
    }
}
