using System.Security.Cryptography;

namespace ContentLint.Core.Scripting;

/// <summary>
/// The per-user secret that signs the compiled-script cache: 32 random bytes in a file readable by
/// its owner only (0600), created on first use in the user's cache root — outside the cache folder,
/// so whoever can write the folder (a shared CI cache, a folder inside a repository) cannot sign an
/// assembly of their own. A key file that others can read or write, or that belongs to another user,
/// is not trusted: it is replaced by a new private key (<see cref="Notice"/> says so; entries signed
/// with the old one compile again), and when it cannot be replaced the cache is off.
/// </summary>
public sealed class ScriptCacheKey
{
    private const int Length = 32;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly Lazy<(byte[]? Secret, string? Problem)> _secret;
    private string? _notice;

    /// <summary>The key stored in <paramref name="path"/> (created on first use).</summary>
    public ScriptCacheKey(string path)
    {
        Path = path;
        _secret = new Lazy<(byte[]?, string?)>(LoadOrCreate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The key file.</summary>
    public string Path { get; }

    /// <summary>The secret, or null when the key file cannot be created or is not private (<see cref="Problem"/> says why).</summary>
    public byte[]? Secret => _secret.Value.Secret;

    /// <summary>Why there is no secret, or null.</summary>
    public string? Problem => _secret.Value.Problem;

    /// <summary>What was done to an untrusted key file (it was replaced), or null.</summary>
    public string? Notice
    {
        get
        {
            _ = _secret.Value;
            return _notice;
        }
    }

    /// <summary>
    /// The default key file: <c>$XDG_CACHE_HOME/contentlint/cache.key</c>, else <c>~/.cache/contentlint/cache.key</c>.
    /// Never under <c>CONTENTLINT_CACHE_DIR</c>: the key must not travel with the cache.
    /// </summary>
    public static string DefaultPath(Func<string, string?> environment)
    {
        var root = environment("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "contentlint", "cache.key"));
    }

    /// <summary>HMAC-SHA256 of <paramref name="parts"/> (each length-prefixed), or null without a secret.</summary>
    public byte[]? Sign(params ReadOnlySpan<byte[]> parts)
    {
        if (Secret is not { } secret)
        {
            return null;
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secret);
        foreach (var part in parts)
        {
            hmac.AppendData(BitConverter.GetBytes(part.Length));
            hmac.AppendData(part);
        }

        return hmac.GetHashAndReset();
    }

    private (byte[]?, string?) LoadOrCreate()
    {
        try
        {
            if (!File.Exists(Path))
            {
                Create(replace: false);
            }

            if (Untrusted() is { } why)
            {
                // Whoever could read it may have signed entries with it: a new key makes them all misses.
                Create(replace: true);
                if (Untrusted() is not null)
                {
                    return (null, $"the cache key {Path} {why} and could not be replaced by a private one");
                }

                _notice = $"the cache key {Path} {why}: it was replaced by a new private key (0600), so cached scripts compile again";
            }

            var secret = File.ReadAllBytes(Path);
            return secret.Length == Length ? (secret, null) : (null, $"the cache key {Path} is not {Length} bytes long (delete it to make a new one)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"the cache key {Path} cannot be read, created or replaced: {ex.Message}");
        }
    }

    /// <summary>Why the key file cannot be trusted, or null: others may read or write it, or it is not the user's own.</summary>
    private string? Untrusted()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        if ((File.GetUnixFileMode(Path) & ~OwnerOnly) != 0)
        {
            return "was readable or writable by others";
        }

        try
        {
            File.SetUnixFileMode(Path, OwnerOnly); // Only its owner may change its mode: this fails on another user's file.
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "belonged to another user";
        }
    }

    private void Create(bool replace)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnly | UnixFileMode.UserExecute);
        }

        var temp = $"{Path}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temp, options))
        {
            stream.Write(RandomNumberGenerator.GetBytes(Length));
        }

        try
        {
            File.Move(temp, Path, overwrite: replace);
        }
        catch (IOException) when (!replace && File.Exists(Path))
        {
            File.Delete(temp); // another process made the key first: use theirs
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            File.Delete(temp);
            throw;
        }
    }
}
