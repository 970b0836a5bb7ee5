using System.Collections.Immutable;

namespace ContentLint.Core.Diagnostics;

/// <summary>A fix offered for a finding: one or more non-overlapping source edits with a title for editors.</summary>
/// <param name="Title">What the fix does, e.g. "Replace 'linkedn' with 'linkedin'".</param>
/// <param name="Edits">Source edits, non-overlapping.</param>
public sealed record CodeFix(string Title, ImmutableArray<TextEdit> Edits);
