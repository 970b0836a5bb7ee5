using System.Collections.Immutable;
using ContentLint.Cli.Checking;

namespace ContentLint.Cli.Baselines;

/// <summary>Applies a baseline: the findings it holds are taken out of the report and counted.</summary>
internal static class BaselineFilter
{
    /// <summary>
    /// <paramref name="report"/> without the findings of <paramref name="baseline"/> (see
    /// <see cref="BaselineMatch"/>), with <see cref="CheckReport.BaselinedCount"/> set.
    /// </summary>
    public static CheckReport Apply(CheckReport report, BaselineDocument baseline)
    {
        var hidden = BaselineMatch.Of(ReportFingerprints.Of(report), baseline.Findings ?? []).Keys
            .Select(f => f.Finding)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var files = report.Files
            .Select(file => file with { Findings = [.. file.Findings.Where(f => !hidden.Contains(f))] })
            .ToImmutableArray();
        return report with { Files = files, BaselinedCount = report.BaselinedCount + hidden.Count };
    }
}
