using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Configuration;

/// <summary>A loaded configuration and what loading it reported (positions in <see cref="LintConfiguration.Source"/>).</summary>
/// <param name="Configuration">The configuration (defaults where the file was wrong).</param>
/// <param name="Diagnostics">Problems found in the file.</param>
public sealed record ConfigurationLoadResult(LintConfiguration Configuration, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a problem prevents checking (exit code 2): YAML that does not parse or an invalid value.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Rule.DefaultSeverity == Severity.Error);
}
