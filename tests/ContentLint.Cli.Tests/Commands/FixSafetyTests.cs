using System.Text;
using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;
using Mono.Unix;
using Mono.Unix.Native;

namespace ContentLint.Cli.Tests.Commands;

/// <summary>
/// <c>check --fix</c> through the real executable never loses data: links stay links, read-only files
/// are reported instead of written, stale temporaries are cleaned, self-undoing rules are reported
/// once and change nothing, and every byte that no fix meant to change is kept.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FixSafetyTests : IDisposable
{
    private const string Broken = "---\nchannel: linkedn\n---\nText.\n";
    private const string Fixed = "---\nchannel: linkedin\n---\nText.\n";
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_symbolic_link_is_kept_and_its_target_is_fixed()
    {
        var target = _repo.Write("real/post.md", Broken);
        var link = Path.Combine(_repo.Root, "posts", "post.md");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.CreateSymbolicLink(link, "../real/post.md");

        var result = _repo.Check("--fix", "posts/post.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("../real/post.md", new FileInfo(link).LinkTarget);
        Assert.Equal(Fixed, File.ReadAllText(target));
        Assert.Contains("Fixed 1 problem in 1 file.", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hard_link_is_kept()
    {
        var path = _repo.Write("post.md", Broken);
        Assert.Equal(0, Syscall.link(path, Path.Combine(_repo.Root, "copy.txt")));
        var inode = new UnixFileInfo(path).Inode;

        var result = _repo.Check("--fix", "post.md");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(inode, new UnixFileInfo(path).Inode);
        Assert.Equal(Fixed, File.ReadAllText(Path.Combine(_repo.Root, "copy.txt")));
    }

    [Theory]
    [InlineData("text", "post.md(1,1): error CL0040: Fixes were not written: the file is read-only (mode 444)")]
    [InlineData("json", "the file is read-only (mode 444)")]
    [InlineData("sarif", "the file is read-only (mode 444)")]
    [InlineData("github", "title=CL0040 fix-not-written::Fixes were not written: the file is read-only (mode 444)")]
    public void A_read_only_file_is_reported_in_every_format_and_left_untouched(string format, string expected)
    {
        var path = _repo.Write("post.md", Broken);
        const UnixFileMode readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, readOnly);

        var result = _repo.Check("--fix", "--format", format);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(expected, result.Stdout, StringComparison.Ordinal);
        Assert.Equal(Broken, File.ReadAllText(path));
        Assert.Equal(readOnly, File.GetUnixFileMode(path));
        Assert.DoesNotContain("Fixed", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stale_temporaries_of_a_killed_run_are_cleaned_and_a_live_one_is_kept()
    {
        _repo.Write("posts/post.md", Fixed);
        var stale = _repo.Write("posts/.post.md.0123456789abcdef0123456789abcdef.contentlint.tmp", Broken);
        var live = _repo.Write("posts/.post.md.fedcba9876543210fedcba9876543210.contentlint.tmp", Broken);
        var user = _repo.Write("posts/.notes.tmp", Broken);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(user, DateTime.UtcNow.AddHours(-1));

        var result = _repo.Check("--fix");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(user));
    }

    [Fact]
    public void A_swap_rule_whose_pairs_undo_each_other_is_reported_once_and_the_file_never_changes()
    {
        _repo.Write("contentlint.yaml", "rules: [rules]\n");
        _repo.Write("rules/ACME010.swap.yaml", "id: ACME010\nname: swap\ntitle: Swap.\ncategory: brand-voice\nseverity: warning\nmessage: \"Use '{expected}'\"\nkind: substitution\nswap:\n  aaaa: bbbb\n  bbbb: aaaa\n  colour: color\n");
        const string post = "---\nchannel: linkedin\n---\naaaa, bbbb and colour.\n";
        _repo.Write("post.md", post);

        var first = _repo.Check("--fix", "--format", "json");
        var afterFirst = File.ReadAllText(Path.Combine(_repo.Root, "post.md"));
        var second = _repo.Check("--fix", "--format", "json");

        Assert.Equal("---\nchannel: linkedin\n---\naaaa, bbbb and color.\n", afterFirst);
        Assert.Equal(afterFirst, File.ReadAllText(Path.Combine(_repo.Root, "post.md")));
        Assert.Equal(["rules/ACME010.swap.yaml", "rules/ACME010.swap.yaml"], FindingPaths(first.Stdout, "CL0053"));
        Assert.Equal(FindingPaths(first.Stdout, "CL0053"), FindingPaths(second.Stdout, "CL0053"));
        Assert.Equal(1, FixesApplied(first.Stdout));
        Assert.Equal(0, FixesApplied(second.Stdout));
    }

    [Fact]
    public void Utf16_with_bom_crlf_non_bmp_and_no_final_line_break_keeps_every_other_byte()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        const string before = "---\r\nchannel: linkedn\r\n---\r\nÉmoji 😀 et 𝒳, tabulation\tfin.";
        const string after = "---\r\nchannel: linkedin\r\n---\r\nÉmoji 😀 et 𝒳, tabulation\tfin.";
        _repo.WriteBytes("post.md", [.. encoding.GetPreamble(), .. encoding.GetBytes(before)]);

        var result = _repo.Check("--fix");

        Assert.Contains("Fixed 1 problem in 1 file.", result.Stdout, StringComparison.Ordinal);
        Assert.Equal([.. encoding.GetPreamble(), .. encoding.GetBytes(after)], _repo.ReadBytes("post.md"));
    }

    /// <summary>The path of each finding of <paramref name="ruleId"/> in a JSON report.</summary>
    private static List<string> FindingPaths(string json, string ruleId)
    {
        using var document = JsonDocument.Parse(json);
        var paths = new List<string>();
        void Walk(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("ruleId", out var id) && id.GetString() == ruleId)
                {
                    paths.Add(element.GetProperty("path").GetString()!);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(document.RootElement);
        return paths;
    }

    private static int FixesApplied(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("summary").GetProperty("fixesApplied").GetInt32();
    }
}
