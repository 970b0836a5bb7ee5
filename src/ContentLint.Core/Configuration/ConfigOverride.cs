using System.Collections.Immutable;

namespace ContentLint.Core.Configuration;

/// <summary>An <c>overrides:</c> entry: severities that apply to files matching globs (later entries win).</summary>
/// <param name="Files">Globs relative to the configuration's folder.</param>
/// <param name="Severity">Severities for matching files.</param>
public sealed record ConfigOverride(ImmutableArray<string> Files, ImmutableArray<SeveritySetting> Severity);
