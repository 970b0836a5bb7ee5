using System.Text;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Tests.TestSupport;
using Mono.Unix;
using Mono.Unix.Native;

namespace ContentLint.Cli.Tests.Checking;

/// <summary>
/// <see cref="FixWriter"/> on its own: links, ownership, modes and a file saved by someone else at the
/// worst moment (simulated through the writer's hook, not by racing). Tests run as root in CI, where a
/// read-only mode does not stop a write: the mode bits are what is checked.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FixWriterTests : IDisposable
{
    private static readonly byte[] Original = Encoding.UTF8.GetBytes("before\n");
    private static readonly byte[] Updated = Encoding.UTF8.GetBytes("after, longer\n");
    private static readonly byte[] Edited = Encoding.UTF8.GetBytes("saved by an editor\n");
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void A_plain_file_is_replaced_and_keeps_its_mode()
    {
        var path = _repo.WriteBytes("post.md", Original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        Assert.Null(new FixWriter().Write(path, Original, Updated));

        Assert.Equal(Updated, File.ReadAllBytes(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Equal(["post.md"], Directory.GetFiles(_repo.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_saved_meanwhile_is_left_with_the_saved_content()
    {
        var path = _repo.WriteBytes("post.md", Original);
        var writer = new FixWriter(target => File.WriteAllBytes(target, Edited));

        var reason = writer.Write(path, Original, Updated);

        Assert.Equal("the file changed on disk while it was being checked; run --fix again", reason);
        Assert.Equal(Edited, File.ReadAllBytes(path));
        Assert.Equal(["post.md"], Directory.GetFiles(_repo.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_hard_linked_file_saved_meanwhile_is_left_with_the_saved_content()
    {
        var path = _repo.WriteBytes("post.md", Original);
        Assert.Equal(0, Syscall.link(path, Path.Combine(_repo.Root, "other.md")));
        var writer = new FixWriter(target => File.WriteAllBytes(target, Edited));

        Assert.NotNull(writer.Write(path, Original, Updated));

        Assert.Equal(Edited, File.ReadAllBytes(path));
        Assert.Equal(Edited, _repo.ReadBytes("other.md"));
    }

    [Fact]
    public void A_hard_linked_file_is_written_in_place_and_every_link_sees_the_fix()
    {
        var path = _repo.WriteBytes("post.md", Original);
        var other = Path.Combine(_repo.Root, "other.md");
        Assert.Equal(0, Syscall.link(path, other));
        var inode = new UnixFileInfo(path).Inode;

        Assert.Null(new FixWriter().Write(path, Original, Updated));

        Assert.Equal(inode, new UnixFileInfo(path).Inode);
        Assert.Equal(2, new UnixFileInfo(path).LinkCount);
        Assert.Equal(Updated, File.ReadAllBytes(other));
        Assert.Equal(["other.md", "post.md"], Directory.GetFiles(_repo.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_symbolic_link_stays_a_link_and_its_target_is_fixed()
    {
        var target = _repo.WriteBytes("real/post.md", Original);
        var link = Path.Combine(_repo.Root, "link.md");
        File.CreateSymbolicLink(link, "real/post.md");

        Assert.Null(new FixWriter().Write(link, Original, Updated));

        Assert.Equal("real/post.md", new FileInfo(link).LinkTarget);
        Assert.Equal(Updated, File.ReadAllBytes(target));
    }

    [Fact]
    public void A_read_only_file_is_reported_and_untouched()
    {
        var path = _repo.WriteBytes("post.md", Original);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var reason = new FixWriter().Write(path, Original, Updated);

        Assert.Equal("the file is read-only (mode 444)", reason);
        Assert.Equal(Original, File.ReadAllBytes(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(path));
    }

    [SkippableFact]
    public void A_file_of_another_owner_keeps_its_owner()
    {
        Skip.IfNot(Syscall.geteuid() == 0, "only root can give a file to another user");
        var path = _repo.WriteBytes("post.md", Original);
        Assert.Equal(0, Syscall.chown(path, 4321, 4321));

        Assert.Null(new FixWriter().Write(path, Original, Updated));

        var info = new UnixFileInfo(path);
        Assert.Equal((4321L, 4321L), (info.OwnerUserId, info.OwnerGroupId));
        Assert.Equal(Updated, File.ReadAllBytes(path));
    }

    [Fact]
    public void Only_old_temporaries_of_our_exact_pattern_are_cleaned()
    {
        var stale = _repo.WriteBytes(".post.md.0123456789abcdef0123456789abcdef.contentlint.tmp", Original);
        var live = _repo.WriteBytes(".post.md.fedcba9876543210fedcba9876543210.contentlint.tmp", Original);
        var foreign = _repo.WriteBytes(".post.md.not-a-guid.contentlint.tmp", Original);
        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(foreign, DateTime.UtcNow.AddHours(-2));

        var removed = StaleTemporaries.Clean(_repo.Root, DateTime.UtcNow);

        Assert.Equal(1, removed);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(foreign));
    }
}
