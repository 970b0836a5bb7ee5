namespace ContentLint.Cli.Baselines;

/// <summary>
/// Which findings of a report a baseline holds, each entry accepting at most one finding. First by
/// fingerprint (rule, path, post, matched text and its context); then the entries left over accept
/// findings with the same rule, path, post and matched text (<see cref="BaselineEntry.TextFingerprint"/>),
/// in report order — so fixing one finding does not revive its neighbours on the same line, whose
/// context it changed, while the same text added once more in the post is still new.
/// </summary>
internal static class BaselineMatch
{
    /// <summary>The findings the baseline holds, each with the entry that accepts it.</summary>
    public static IReadOnlyDictionary<FingerprintedFinding, BaselineEntry> Of(IReadOnlyList<FingerprintedFinding> findings, IEnumerable<BaselineEntry> entries)
    {
        var byFingerprint = new Dictionary<(string, string, string), BaselineEntry>();
        foreach (var entry in entries)
        {
            byFingerprint.TryAdd((entry.RuleId, entry.Path, entry.Fingerprint), entry);
        }

        var matched = new Dictionary<FingerprintedFinding, BaselineEntry>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings)
        {
            if (byFingerprint.Remove((finding.Finding.RuleId, finding.Path, finding.Fingerprint), out var entry))
            {
                matched.Add(finding, entry);
            }
        }

        var byText = byFingerprint.Values
            .Where(e => e.TextFingerprint is not null)
            .GroupBy(e => (e.RuleId, e.Path, e.TextFingerprint!))
            .ToDictionary(g => g.Key, g => new Queue<BaselineEntry>(g));
        foreach (var finding in findings)
        {
            if (!matched.ContainsKey(finding)
                && byText.TryGetValue((finding.Finding.RuleId, finding.Path, finding.TextFingerprint), out var left)
                && left.TryDequeue(out var entry))
            {
                matched.Add(finding, entry);
            }
        }

        return matched;
    }
}
