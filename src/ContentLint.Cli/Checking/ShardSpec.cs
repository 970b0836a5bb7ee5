using System.Globalization;

namespace ContentLint.Cli.Checking;

/// <summary>
/// <c>--shard i/n</c>: the i-th of n parts of a run. A file belongs to the part given by a stable hash of
/// its path relative to its configuration's folder (the working directory without one), so the partition
/// depends neither on the order files are found in nor on where the repository is checked out.
/// </summary>
/// <param name="Index">The part, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">The number of parts.</param>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Reads <c>i/n</c>; null when it is not two whole numbers with 1 ≤ i ≤ n.</summary>
    public static ShardSpec? Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index >= 1 && index <= count
            ? new ShardSpec(index, count)
            : null;
    }

    /// <summary>True when the file at <paramref name="fullPath"/>, under the configuration folder <paramref name="root"/>, is in this part.</summary>
    public bool Contains(string fullPath, string root) =>
        (int)(ContentHashes.Number(Path.GetRelativePath(root, fullPath).Replace(Path.DirectorySeparatorChar, '/')) % (ulong)Count) == Index - 1;

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
