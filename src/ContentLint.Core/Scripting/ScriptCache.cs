using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Compiled scripts on disk, one <c>KEY.dll</c> per script version, where KEY is the SHA-256 of the
/// script text, the engine, compiler and sandbox versions; beside it <c>KEY.mac</c>, its HMAC-SHA256
/// under the user's <see cref="ScriptCacheKey"/>. An assembly is only returned when its MAC matches, so
/// the cache never loads what it did not write (a swapped or planted DLL is a miss, and is compiled
/// again). A script the compiler refused is kept as <c>KEY.refused</c> (its problems, signed too), so it
/// is not compiled again on every run. Writes are atomic (temporary file, then rename). Nothing is
/// ever evicted: the folder can be deleted at any time.
/// </summary>
public sealed class ScriptCache
{
    /// <summary>A cache in <paramref name="directory"/> (created on first write), signed with <paramref name="key"/> (default: <see cref="ScriptCacheKey.DefaultPath"/>).</summary>
    public ScriptCache(string directory, ScriptCacheKey? key = null)
    {
        Directory = directory;
        SigningKey = key ?? new ScriptCacheKey(ScriptCacheKey.DefaultPath(Environment.GetEnvironmentVariable));
    }

    private int _noticeLogged;

    /// <summary>The cache folder.</summary>
    public string Directory { get; }

    /// <summary>The key entries are signed with.</summary>
    public ScriptCacheKey SigningKey { get; }

    /// <summary>Receives why an entry was not used (a verbose log); null drops it.</summary>
    public Action<string>? Log { get; set; }

    /// <summary>
    /// The default folder: <c>CONTENTLINT_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/contentlint/scripts</c>,
    /// else <c>~/.cache/contentlint/scripts</c>; <paramref name="environment"/> reads variables.
    /// </summary>
    public static string DefaultDirectory(Func<string, string?> environment)
    {
        if (environment("CONTENTLINT_CACHE_DIR") is { Length: > 0 } explicitDir)
        {
            return Path.GetFullPath(explicitDir);
        }

        var root = environment("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "contentlint", "scripts");
    }

    /// <summary>
    /// The cache key of <paramref name="scriptText"/> compiled by <paramref name="compilerIdentity"/> under
    /// <paramref name="policy"/>, next to the shipped pack <paramref name="packIdentity"/> (<see cref="Rules.ShippedRules.Identity"/>).
    /// </summary>
    public static string Key(string scriptText, string compilerIdentity, SandboxPolicy policy, string packIdentity)
    {
        var material = $"contentlint-script\n{ScriptEngineIdentity.Engine}\n{compilerIdentity}\nsandbox {policy.Version}\npack {packIdentity}\n{scriptText}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }

    /// <summary>The cached assembly for <paramref name="key"/> when the cache wrote it (its MAC matches), or null.</summary>
    public byte[]? TryRead(string key)
    {
        if (SigningKey.Notice is { } notice && Interlocked.Exchange(ref _noticeLogged, 1) == 0)
        {
            Log?.Invoke("script cache: " + notice);
        }

        var image = CacheFiles.ReadOrNull(PathOf(key));
        if (image is null)
        {
            return null;
        }

        if (Verified(key, "dll", image, CacheFiles.ReadOrNull(Path.Combine(Directory, key + ".mac"))))
        {
            return image;
        }

        Log?.Invoke($"script cache: {PathOf(key)} was not written by this cache (no valid signature{(SigningKey.Problem is { } problem ? ": " + problem : string.Empty)}); compiling the script again");
        return null;
    }

    /// <summary>Stores an assembly and its MAC; returns false (and leaves no partial file) when the folder is not writable or there is no key.</summary>
    public bool TryWrite(string key, byte[] assembly)
    {
        if (SigningKey.Sign(Encoding.UTF8.GetBytes(key), "dll"u8.ToArray(), assembly) is not { } mac)
        {
            Log?.Invoke($"script cache: not caching {PathOf(key)}: {SigningKey.Problem}");
            return false;
        }

        return CacheFiles.TryWrite(Path.Combine(Directory, key + ".mac"), Encoding.ASCII.GetBytes(Convert.ToHexStringLower(mac))) && CacheFiles.TryWrite(PathOf(key), assembly);
    }

    /// <summary>The problems a refused script was cached with, or null (no entry, or not signed by this cache).</summary>
    public ImmutableArray<ScriptProblem>? TryReadRefused(string key)
    {
        var path = Path.Combine(Directory, key + ".refused");
        var entry = CacheFiles.ReadOrNull(path);
        var newline = entry is null ? -1 : Array.IndexOf(entry, (byte)'\n');
        if (entry is null || newline < 0)
        {
            return null;
        }

        var body = entry[(newline + 1)..];
        if (!Verified(key, "refused", body, entry[..newline]))
        {
            Log?.Invoke($"script cache: {path} was not written by this cache; compiling the script again");
            return null;
        }

        return RefusedEntry.Parse(Encoding.UTF8.GetString(body));
    }

    /// <summary>Remembers that the script of <paramref name="key"/> was refused with <paramref name="problems"/>.</summary>
    public bool TryWriteRefused(string key, IReadOnlyList<ScriptProblem> problems)
    {
        var body = Encoding.UTF8.GetBytes(RefusedEntry.Format(problems));
        return SigningKey.Sign(Encoding.UTF8.GetBytes(key), "refused"u8.ToArray(), body) is { } mac
            && CacheFiles.TryWrite(Path.Combine(Directory, key + ".refused"), [.. Encoding.ASCII.GetBytes(Convert.ToHexStringLower(mac) + "\n"), .. body]);
    }

    /// <summary>Removes an entry (a corrupt file).</summary>
    public void Remove(string key)
    {
        CacheFiles.TryDelete(PathOf(key));
        CacheFiles.TryDelete(Path.Combine(Directory, key + ".mac"));
    }

    /// <summary>The file of <paramref name="key"/>.</summary>
    public string PathOf(string key) => Path.Combine(Directory, key + ".dll");

    private bool Verified(string key, string kind, byte[] content, byte[]? storedMac)
    {
        var expected = SigningKey.Sign(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(kind), content);
        return expected is not null && storedMac is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(expected)), storedMac);
    }
}
