using System.Security.Cryptography;

namespace ContentLint.Core.Scripting;

/// <summary>
/// The per-user secret that signs the compiled-script cache: 32 random bytes in a file readable by
/// its owner only (0600), created on first use in the user's cache root — outside the cache folder,
/// so whoever can write the folder (a shared CI cache, a folder inside a repository) cannot sign an
/// assembly of their own. A key file that others can read or write is not trusted: the cache is then off.
/// </summary>
public sealed class ScriptCacheKey
{
    private const int Length = 32;
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly Lazy<(byte[]? Secret, string? Problem)> _secret;

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
                Create();
            }

            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(Path) & ~OwnerOnly) != 0)
            {
                return (null, $"the cache key {Path} is readable or writable by others (chmod 600 it, or delete it to make a new one)");
            }

            var secret = File.ReadAllBytes(Path);
            return secret.Length == Length ? (secret, null) : (null, $"the cache key {Path} is not {Length} bytes long (delete it to make a new one)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"the cache key {Path} cannot be read or created: {ex.Message}");
        }
    }

    private void Create()
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
            File.Move(temp, Path, overwrite: false);
        }
        catch (IOException) when (File.Exists(Path))
        {
            File.Delete(temp); // another process made the key first: use theirs
        }
    }
}
