using System.Collections.Concurrent;

namespace ContentLint.Cli.Checking;

/// <summary>
/// Writes fixed content back for <c>--fix</c> without losing anything. The file written is the final
/// target of a symbolic link (the link stays a link). A file that is read-only, or that no longer holds
/// what was checked (an editor saved it meanwhile), is left alone and the reason returned. A file with
/// one link that this user owns is replaced atomically (temporary file beside it, then rename, mode
/// kept); a file with several hard links, or owned by someone else, is rewritten in place so that
/// links, owner and mode stay (not atomic: a reader may see it half written, for a moment).
/// </summary>
public sealed class FixWriter
{
    private readonly ConcurrentDictionary<string, bool> _cleaned = new(StringComparer.Ordinal);
    private readonly Action<string>? _beforeCommit;
    private readonly ConcurrentDictionary<string, (byte[] Original, byte[] Updated)> _pending = new(StringComparer.Ordinal);
    private readonly bool _dryRun;

    /// <summary>A writer.</summary>
    public FixWriter()
    {
    }

    private FixWriter(bool dryRun) => _dryRun = dryRun;

    /// <summary>A writer that touches nothing on disk and keeps what it would have written (<c>--fix --diff</c>).</summary>
    public static FixWriter DryRun() => new(dryRun: true);

    /// <summary>What a dry-run writer was asked to write, by full path; empty for a real writer.</summary>
    public IReadOnlyDictionary<string, (byte[] Original, byte[] Updated)> Pending => _pending;

    /// <summary>A writer that calls <paramref name="beforeCommit"/> with the target just before its last comparison (tests: an editor saving at the worst moment).</summary>
    internal FixWriter(Action<string> beforeCommit) => _beforeCommit = beforeCommit;

    /// <summary>Removes the temporary files a killed run left in <paramref name="directory"/> (once per folder and writer).</summary>
    public void CleanFolder(string directory)
    {
        if (!_dryRun && _cleaned.TryAdd(directory, true))
        {
            StaleTemporaries.Clean(directory, DateTime.UtcNow);
        }
    }

    /// <summary>Writes <paramref name="updated"/> to <paramref name="path"/> if it still holds <paramref name="original"/>.</summary>
    /// <returns>Null when written, otherwise why the file was left as it was.</returns>
    public string? Write(string path, byte[] original, byte[] updated)
    {
        if (_dryRun)
        {
            _pending[Path.GetFullPath(path)] = (original, updated);
            return null;
        }

        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
            CleanFolder(Path.GetDirectoryName(target)!);
            if (ReadOnlyReason(target) is { } readOnly)
            {
                return readOnly;
            }

            var identity = FileIdentity.Of(target);
            var written = identity is { MustStayInPlace: true } ? WriteInPlace(target, original, updated) : Replace(target, original, updated, identity);
            return written ? null : "the file changed on disk while it was being checked; run --fix again";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"writing failed: {ex.Message}";
        }
    }

    /// <summary>Temporary file beside the target, same mode (and owner when we may set it), compare, rename.</summary>
    private bool Replace(string target, byte[] original, byte[] updated, FileIdentity? identity)
    {
        var temp = StaleTemporaries.NewPathBeside(target);
        try
        {
            WriteNew(temp, updated);
            if (!OperatingSystem.IsWindows())
            {
                if (identity is { } known && !known.GiveTo(temp))
                {
                    // The new file would change the group: write into the file itself instead.
                    File.Delete(temp);
                    return WriteInPlace(target, original, updated);
                }

                // After the owner: changing it clears set-user-ID and set-group-ID bits.
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
            }

            _beforeCommit?.Invoke(target);
            if (!Holds(target, original))
            {
                return false;
            }

            File.Move(temp, target, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>The new content goes to a temporary file first (a copy if the process dies mid-write), then over the file itself.</summary>
    private bool WriteInPlace(string target, byte[] original, byte[] updated)
    {
        var temp = StaleTemporaries.NewPathBeside(target);
        try
        {
            WriteNew(temp, updated);
            _beforeCommit?.Invoke(target);
            using var stream = new FileStream(target, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            var current = new byte[stream.Length];
            stream.ReadExactly(current);
            if (!current.AsSpan().SequenceEqual(original))
            {
                return false;
            }

            stream.Position = 0;
            stream.Write(updated);
            stream.SetLength(updated.Length);
            stream.Flush(flushToDisk: true);
            return true;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static void WriteNew(string path, byte[] bytes)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Length first, then the bytes: the check closest to the rename that can be made.</summary>
    private static bool Holds(string path, byte[] expected) =>
        new FileInfo(path).Length == expected.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(expected);

    /// <summary>
    /// Read-only by its mode even for root (who may write anything, but a mode without write bits says
    /// the owner wants it left alone), or not writable by this user.
    /// </summary>
    private static string? ReadOnlyReason(string target)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly) ? "the file is read-only" : null;
        }

        var mode = File.GetUnixFileMode(target);
        if ((mode & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            return $"the file is read-only (mode {Convert.ToString((int)mode & 0x1FF, 8)})";
        }

        try
        {
            using var probe = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "the file is not writable by this user";
        }
    }
}
