using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli.Commands;

/// <summary>Paths named on the command line, checked before any work: a missing one is a usage error (exit code 2).</summary>
internal static class CommandPaths
{
    /// <summary>Fails on the first of <paramref name="paths"/> that is neither a file nor a folder.</summary>
    public static void RequireExisting(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new CommandFailedException($"path not found: '{Printable.Escape(path)}'{NearbyName(path)}");
            }
        }
    }

    /// <summary>Fails when <c>--config</c> names a file that does not exist (or a folder).</summary>
    public static void RequireConfigFile(string? path)
    {
        if (path is not null && !File.Exists(path))
        {
            var what = Directory.Exists(path) ? "is a folder, not a file" : "not found";
            throw new CommandFailedException($"configuration file {what}: '{Printable.Escape(path)}'");
        }
    }

    /// <summary>"; did you mean 'posts'?" when a sibling of the missing path has a close name.</summary>
    private static string NearbyName(string path)
    {
        var full = Path.GetFullPath(path.TrimEnd('/', Path.DirectorySeparatorChar));
        var parent = Path.GetDirectoryName(full);
        if (parent is null || !Directory.Exists(parent))
        {
            return string.Empty;
        }

        try
        {
            var siblings = Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).OfType<string>();
            return Suggestions.DidYouMean(Suggestions.Closest(Path.GetFileName(full), siblings));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
