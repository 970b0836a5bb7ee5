using Mono.Unix;
using Mono.Unix.Native;

namespace ContentLint.Cli.Checking;

/// <summary>
/// What a rename would change about a file on Unix: its hard links (the others would keep the old
/// content) and its owner (the new file belongs to whoever writes it). Null where it cannot be read
/// (Windows, or a platform without Mono.Unix's native library).
/// </summary>
internal sealed record FileIdentity(long LinkCount, long OwnerUserId, long OwnerGroupId, long CurrentUserId)
{
    /// <summary>True when only writing into the file itself keeps it as it is: several links, or an owner we cannot give a new file to.</summary>
    public bool MustStayInPlace => LinkCount > 1 || (CurrentUserId != 0 && OwnerUserId != CurrentUserId);

    /// <summary>Reads the identity of <paramref name="path"/>.</summary>
    public static FileIdentity? Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            var info = new UnixFileInfo(path);
            return new FileIdentity(info.LinkCount, info.OwnerUserId, info.OwnerGroupId, Syscall.geteuid());
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            return null;
        }
    }

    /// <summary>Gives <paramref name="path"/> this file's owner and group; false when not allowed (only root gives files away).</summary>
    public bool GiveTo(string path) =>
        (OwnerUserId == CurrentUserId && OwnerGroupId == Syscall.getegid())
        || Syscall.chown(path, CurrentUserId == 0 ? (int)OwnerUserId : -1, (int)OwnerGroupId) == 0;
}
