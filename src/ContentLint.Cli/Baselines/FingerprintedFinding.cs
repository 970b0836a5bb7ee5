using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli.Baselines;

/// <summary>A finding with its fingerprint (see <see cref="FindingFingerprint"/>).</summary>
/// <param name="Finding">The finding.</param>
/// <param name="Path">The file's path relative to its configuration root, with <c>/</c>.</param>
/// <param name="Fingerprint">The fingerprint: hash and occurrence index.</param>
/// <param name="TextFingerprint">The hash without the context (<see cref="FindingFingerprint.TextHash"/>).</param>
public sealed record FingerprintedFinding(Finding Finding, string Path, string Fingerprint, string TextFingerprint);
