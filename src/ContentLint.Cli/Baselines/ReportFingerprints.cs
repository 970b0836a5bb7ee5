using ContentLint.Cli.Checking;
using ContentLint.Core.Configuration.Cascade;

namespace ContentLint.Cli.Baselines;

/// <summary>
/// Fingerprints every finding of a report. A file's path is taken relative to its configuration root
/// (the folder of the <c>contentlint.yaml</c> that applies to it, else the working directory), so the
/// fingerprints do not depend on where <c>contentlint</c> was run from.
/// </summary>
public static class ReportFingerprints
{
    /// <summary>The findings of <paramref name="report"/> in report order, each with its fingerprint.</summary>
    public static IReadOnlyList<FingerprintedFinding> Of(CheckReport report)
    {
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<FingerprintedFinding>();
        foreach (var file in report.Files)
        {
            foreach (var finding in file.Findings)
            {
                var path = RootRelative(finding.Path, report.BaseDirectory, roots);
                var hash = FindingFingerprint.Hash(finding, file.Source, path);
                var occurrence = occurrences.GetValueOrDefault(hash);
                occurrences[hash] = occurrence + 1;
                result.Add(new FingerprintedFinding(finding, path, FindingFingerprint.Format(hash, occurrence), FindingFingerprint.TextHash(finding, file.Source, path)));
            }
        }

        return result;
    }

    private static string RootRelative(string displayPath, string baseDirectory, Dictionary<string, string> roots)
    {
        var full = Path.GetFullPath(displayPath, baseDirectory);
        var directory = Path.GetDirectoryName(full) ?? baseDirectory;
        if (!roots.TryGetValue(directory, out var root))
        {
            var config = Directory.Exists(directory) ? ConfigurationDiscovery.ConfigFileFor(directory) : null;
            root = config is null ? baseDirectory : Path.GetDirectoryName(config)!;
            roots[directory] = root;
        }

        return Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
    }
}
