using System.Collections.Immutable;

namespace ContentLint.Core.Testing;

/// <summary>A <c>*.cases.yaml</c> file: the rule under test and its cases.</summary>
/// <param name="Path">The file.</param>
/// <param name="RuleId">ID (or name) of the rule under test.</param>
/// <param name="RuleFile">Full path of the rule file to load, when the case file names one.</param>
/// <param name="Configuration">A <c>contentlint.yaml</c> for every case, or null for defaults.</param>
/// <param name="Cases">The cases.</param>
public sealed record RuleCaseFile(string Path, string RuleId, string? RuleFile, string? Configuration, ImmutableArray<RuleCase> Cases);
