using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Core.Rules.Loading;

/// <summary>Findings on one rule file, to report like configuration findings.</summary>
/// <param name="Source">The rule file.</param>
/// <param name="Diagnostics">What loading it reported.</param>
public sealed record RuleFileReport(SourceDocument Source, ImmutableArray<Diagnostic> Diagnostics);
