using System.Text.RegularExpressions;

namespace ContentLint.Cli.Checking;

/// <summary>
/// The temporary files <see cref="FixWriter"/> writes beside a file (<c>.NAME.GUID.contentlint.tmp</c>),
/// and the removal of those a killed run left behind. A live one exists for the few milliseconds of
/// one write, so only files of exactly that pattern and older than <see cref="SafeAge"/> are removed:
/// never a concurrent run's, never a user's file.
/// </summary>
public static partial class StaleTemporaries
{
    /// <summary>Age past which a temporary file cannot belong to a running write.</summary>
    public static readonly TimeSpan SafeAge = TimeSpan.FromMinutes(15);

    /// <summary>A new temporary path beside <paramref name="path"/>.</summary>
    public static string NewPathBeside(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.contentlint.tmp");

    /// <summary>Removes the stale temporary files of <paramref name="directory"/>; returns how many.</summary>
    public static int Clean(string directory, DateTime utcNow)
    {
        var removed = 0;
        try
        {
            foreach (var file in Directory.EnumerateFiles(directory, ".*.contentlint.tmp"))
            {
                if (OurName().IsMatch(Path.GetFileName(file)) && utcNow - File.GetLastWriteTimeUtc(file) > SafeAge)
                {
                    File.Delete(file);
                    removed++;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Cleaning is a courtesy: a folder we cannot list or a file we cannot delete stays as it is.
        }

        return removed;
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.contentlint\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex OurName();
}
