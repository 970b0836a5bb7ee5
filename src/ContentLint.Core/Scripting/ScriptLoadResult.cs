using System.Collections.Immutable;

namespace ContentLint.Core.Scripting;

/// <summary>A loaded script, or why it could not be loaded.</summary>
/// <param name="Script">The script, or null.</param>
/// <param name="Problems">Compile errors and sandbox violations (empty when <paramref name="Script"/> is set).</param>
public sealed record ScriptLoadResult(LoadedScript? Script, ImmutableArray<ScriptProblem> Problems);
