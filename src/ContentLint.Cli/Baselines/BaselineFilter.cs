using System.Collections.Immutable;
using ContentLint.Cli.Checking;

namespace ContentLint.Cli.Baselines;

/// <summary>Applies a baseline: the findings it holds are taken out of the report and counted.</summary>
internal static class BaselineFilter
{
    /// <summary>
    /// <paramref name="report"/> without the findings of <paramref name="baseline"/> (matched by rule,
    /// path and fingerprint), with <see cref="CheckReport.BaselinedCount"/> set.
    /// </summary>
    public static CheckReport Apply(CheckReport report, BaselineDocument baseline)
    {
        var accepted = (baseline.Findings ?? []).Select(Key).ToHashSet();
        var hidden = ReportFingerprints.Of(report)
            .Where(f => accepted.Contains((f.Finding.RuleId, f.Path, f.Fingerprint)))
            .Select(f => f.Finding)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var files = report.Files
            .Select(file => file with { Findings = [.. file.Findings.Where(f => !hidden.Contains(f))] })
            .ToImmutableArray();
        return report with { Files = files, BaselinedCount = report.BaselinedCount + hidden.Count };
    }

    /// <summary>What an entry and a finding are matched on.</summary>
    public static (string RuleId, string Path, string Fingerprint) Key(BaselineEntry entry) => (entry.RuleId, entry.Path, entry.Fingerprint);
}
