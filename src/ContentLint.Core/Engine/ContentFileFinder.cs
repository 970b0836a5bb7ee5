using ContentLint.Core.Configuration;
using Microsoft.Extensions.FileSystemGlobbing;

namespace ContentLint.Core.Engine;

/// <summary>
/// Finds the content files of a folder: for each file, the <c>content</c> globs minus the <c>exclude</c>
/// globs of the configuration that applies to it (a subfolder may have its own).
/// </summary>
public static class ContentFileFinder
{
    private static readonly HashSet<string> NeverEntered = new(StringComparer.Ordinal) { ".git", "node_modules", ".vs", ".idea" };

    /// <summary>Full paths of the content files under <paramref name="directory"/>, sorted ordinally.</summary>
    /// <param name="configuration">Whose <c>content</c> and <c>exclude</c> globs apply.</param>
    /// <param name="directory">The folder to walk.</param>
    /// <param name="unreadable">Receives each folder that could not be read, with the reason (to report, not to skip silently).</param>
    public static IReadOnlyList<string> Find(LintConfiguration configuration, string directory, ICollection<(string Path, string Reason)>? unreadable = null) =>
        Find(directory, _ => configuration, unreadable);

    /// <summary>Full paths of the content files under <paramref name="directory"/>, sorted ordinally.</summary>
    /// <param name="directory">The folder to search.</param>
    /// <param name="configurationFor">The configuration that applies in a folder (called once per folder).</param>
    /// <param name="unreadable">Receives each folder that could not be read, with the reason (to report, not to skip silently).</param>
    public static IReadOnlyList<string> Find(string directory, Func<string, LintConfiguration> configurationFor, ICollection<(string Path, string Reason)>? unreadable = null)
    {
        var start = Path.GetFullPath(directory);
        var matchers = new Dictionary<LintConfiguration, (Matcher Matcher, string Root)>(ReferenceEqualityComparer.Instance);
        var results = new List<string>();
        var pending = new Stack<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { start };
        pending.Push(start);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            List<string> files, directories;
            try
            {
                files = [.. Directory.EnumerateFiles(current)];
                directories = [.. Directory.EnumerateDirectories(current)];
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                unreadable?.Add((current, ReadFailure.Describe(ex)));
                continue;
            }

            var configuration = configurationFor(current);
            if (!matchers.TryGetValue(configuration, out var matcher))
            {
                matcher = matchers[configuration] = CreateMatcher(configuration);
            }

            // Globs are relative to the configuration's folder; a folder outside it uses the searched folder as base.
            var baseDirectory = IsUnder(current, matcher.Root) ? matcher.Root : start;
            foreach (var file in files)
            {
                if (matcher.Matcher.Match(baseDirectory, file).HasMatches)
                {
                    results.Add(file);
                }
            }

            foreach (var sub in directories)
            {
                if (!NeverEntered.Contains(Path.GetFileName(sub)) && IsFirstVisit(sub, visited))
                {
                    pending.Push(sub);
                }
            }
        }

        results.Sort(StringComparer.Ordinal);
        return results;
    }

    /// <summary>
    /// Each folder is entered once, also through symbolic links: a link to a parent (or to itself)
    /// would otherwise make the walk loop, exponentially with two such links.
    /// </summary>
    private static bool IsFirstVisit(string directory, HashSet<string> visited)
    {
        FileSystemInfo? target;
        try
        {
            target = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            return false; // A link cycle the system itself refuses to resolve.
        }

        return visited.Add(target is null ? directory : Path.TrimEndingDirectorySeparator(target.FullName));
    }

    private static (Matcher Matcher, string Root) CreateMatcher(LintConfiguration configuration)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(configuration.Content);
        matcher.AddExcludePatterns(configuration.Exclude);
        return (matcher, Path.GetFullPath(configuration.RootDirectory));
    }

    private static bool IsUnder(string path, string directory)
    {
        var relative = Path.GetRelativePath(directory, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
