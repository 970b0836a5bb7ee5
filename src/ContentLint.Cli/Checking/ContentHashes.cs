using System.Security.Cryptography;
using System.Text;

namespace ContentLint.Cli.Checking;

/// <summary>Stable hashes (SHA-256, hex) of texts and files, for cache keys, shard partitions and checking that a file is unchanged.</summary>
internal static class ContentHashes
{
    /// <summary>The hash of <paramref name="text"/> (its UTF-8 bytes).</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>The hash of several parts, each length-prefixed so that no two lists of parts hash alike.</summary>
    public static string Of(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The first 8 bytes of the hash of <paramref name="text"/>, as a number (for partitions).</summary>
    public static ulong Number(string text) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0);

    /// <summary>The hash of the file at <paramref name="path"/> (its bytes).</summary>
    public static string OfFile(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
