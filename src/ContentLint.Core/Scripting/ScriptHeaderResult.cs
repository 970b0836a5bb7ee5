using System.Collections.Immutable;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Scripting;

/// <summary>A header, or why there is none.</summary>
/// <param name="Header">The header, or null when it is missing or unusable.</param>
/// <param name="Diagnostics">CL0033 findings on the file.</param>
public sealed record ScriptHeaderResult(ScriptHeader? Header, ImmutableArray<Diagnostic> Diagnostics);
