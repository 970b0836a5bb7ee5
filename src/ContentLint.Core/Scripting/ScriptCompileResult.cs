using System.Collections.Immutable;

namespace ContentLint.Core.Scripting;

/// <summary>An emitted assembly, or the problems that prevented it.</summary>
/// <param name="Assembly">The PE image (with an embedded PDB), or null when <paramref name="Problems"/> is not empty.</param>
/// <param name="Problems">Compile errors and sandbox violations.</param>
public sealed record ScriptCompileResult(byte[]? Assembly, ImmutableArray<ScriptProblem> Problems);
