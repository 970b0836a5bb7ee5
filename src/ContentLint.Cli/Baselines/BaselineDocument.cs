namespace ContentLint.Cli.Baselines;

/// <summary>
/// The baseline file (<c>.contentlint-baseline.json</c>): the findings accepted when it was made, which
/// <c>check --baseline</c> does not report. Entries are sorted by path, rule, post and fingerprint, so
/// that regenerating it gives a small, reviewable diff.
/// </summary>
/// <param name="Version">Version of this shape (<see cref="BaselineFile.CurrentVersion"/>).</param>
/// <param name="Paths">What <c>baseline create</c> checked, relative to the baseline's folder (<c>baseline prune</c> checks them again).</param>
/// <param name="Findings">The accepted findings.</param>
internal sealed record BaselineDocument(int Version, IReadOnlyList<string>? Paths, IReadOnlyList<BaselineEntry>? Findings);

/// <summary>One accepted finding.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Path">The file, relative to its configuration root.</param>
/// <param name="PostId">The post, when there is one.</param>
/// <param name="Fingerprint">The finding's fingerprint (see <see cref="FindingFingerprint"/>): what matching uses first.</param>
/// <param name="TextFingerprint">The fingerprint without the context (<see cref="FindingFingerprint.TextHash"/>): the second
/// chance of an entry whose fingerprint no finding has (absent from baselines written before it existed).</param>
/// <param name="Message">The message when it was accepted, for the reader of the file; not used to match.</param>
internal sealed record BaselineEntry(string RuleId, string Path, string? PostId, string Fingerprint, string? TextFingerprint, string? Message)
{
    /// <summary>The entry that accepts <paramref name="finding"/> as it is now.</summary>
    public static BaselineEntry For(FingerprintedFinding finding) =>
        new(finding.Finding.RuleId, finding.Path, finding.Finding.PostId, finding.Fingerprint, finding.TextFingerprint, finding.Finding.Message);
}
