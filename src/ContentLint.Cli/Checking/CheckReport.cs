using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Checking;

/// <summary>Everything a formatter needs: results per file in output order, the rules, and counts.</summary>
/// <param name="Files">Results, sorted by display path; paths in findings are display paths.</param>
/// <param name="Catalog">Every rule that could report (for SARIF's rule list).</param>
/// <param name="BaseDirectory">Folder display paths are relative to (the working directory).</param>
/// <param name="FixesApplied">Fixes written by <c>--fix</c>.</param>
/// <param name="FilesFixed">Files rewritten by <c>--fix</c>.</param>
public sealed record CheckReport(ImmutableArray<FileLintResult> Files, RuleCatalog Catalog, string BaseDirectory, int FixesApplied = 0, int FilesFixed = 0)
{
    /// <summary>All findings in output order.</summary>
    public IEnumerable<Finding> Findings => Files.SelectMany(f => f.Findings);

    /// <summary>Findings left out because <c>--baseline</c> holds them.</summary>
    public int BaselinedCount { get; init; }

    /// <summary>Files that were content files (not skipped READMEs, not the config file).</summary>
    public int CheckedFileCount => Files.Count(f => !f.IsSkipped);

    /// <summary>Posts checked.</summary>
    public int PostCount => Files.Sum(f => f.PostCount);

    /// <summary>Number of findings of <paramref name="severity"/>.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>The version printed in reports.</summary>
    public static string ToolVersion { get; } =
        typeof(CheckReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
