using System.Security.Cryptography;
using System.Text;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Compiled scripts on disk, one <c>KEY.dll</c> per script version, where KEY is the SHA-256 of the
/// script text, the engine, compiler and sandbox versions. Writes are atomic (temporary file, then
/// rename), so concurrent runs never read a half-written assembly. Nothing is ever evicted: the
/// folder can be deleted at any time.
/// </summary>
public sealed class ScriptCache
{
    /// <summary>A cache in <paramref name="directory"/> (created on first write).</summary>
    public ScriptCache(string directory) => Directory = directory;

    /// <summary>The cache folder.</summary>
    public string Directory { get; }

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

    /// <summary>The cached assembly for <paramref name="key"/>, or null.</summary>
    public byte[]? TryRead(string key)
    {
        try
        {
            var path = PathOf(key);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stores an assembly; returns false (and leaves no partial file) when the folder is not writable.</summary>
    public bool TryWrite(string key, byte[] assembly)
    {
        var path = PathOf(key);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(temp, assembly);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return false;
        }
    }

    /// <summary>Removes an entry (a corrupt file).</summary>
    public void Remove(string key) => TryDelete(PathOf(key));

    /// <summary>The file of <paramref name="key"/>.</summary>
    public string PathOf(string key) => Path.Combine(Directory, key + ".dll");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temporary file is harmless.
        }
    }
}
