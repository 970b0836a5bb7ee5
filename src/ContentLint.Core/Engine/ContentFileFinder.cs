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
    public static IReadOnlyList<string> Find(LintConfiguration configuration, string directory) => Find(directory, _ => configuration);

    /// <summary>Full paths of the content files under <paramref name="directory"/>, sorted ordinally.</summary>
    /// <param name="directory">The folder to search.</param>
    /// <param name="configurationFor">The configuration that applies in a folder (called once per folder).</param>
    public static IReadOnlyList<string> Find(string directory, Func<string, LintConfiguration> configurationFor)
    {
        var start = Path.GetFullPath(directory);
        var matchers = new Dictionary<LintConfiguration, (Matcher Matcher, string Root)>(ReferenceEqualityComparer.Instance);
        var results = new List<string>();
        var pending = new Stack<string>();
        pending.Push(start);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            IEnumerable<string> files, directories;
            try
            {
                files = Directory.EnumerateFiles(current);
                directories = Directory.EnumerateDirectories(current);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                continue; // Unreadable folders are skipped like `find` does; files named explicitly still report.
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
                if (!NeverEntered.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }
        }

        results.Sort(StringComparer.Ordinal);
        return results;
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
