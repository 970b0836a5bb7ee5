using System.Collections.Immutable;
using ContentLint.Core.Scripting;

namespace ContentLint.Scripting;

/// <summary>The shipped pack's scripts, to compile into one assembly.</summary>
/// <param name="Scripts">The scripts with their rule IDs (read from their headers).</param>
/// <param name="AssemblyName">Name of the emitted assembly.</param>
/// <param name="Sandboxed">True adds the sandbox's checkpoints and regex timeouts; false compiles trusted code.</param>
public sealed record PackCompileRequest(IReadOnlyList<PackScriptSource> Scripts, string AssemblyName, bool Sandboxed)
{
    /// <summary>The class a rule's script compiles into: <c>ContentLint.Scripts.Pack.CL3006</c>.</summary>
    public static string TypeNameOf(string ruleId) => "ContentLint.Scripts.Pack." + ruleId;
}

/// <summary>One script of the pack.</summary>
/// <param name="Path">Its path (messages, <c>#line</c>).</param>
/// <param name="Text">The whole file, header included.</param>
/// <param name="RuleId">The ID of its header.</param>
/// <param name="Level">What one call of the script sees (its header's <c>level:</c>).</param>
public sealed record PackScriptSource(string Path, string Text, string RuleId, ScriptLevel Level = ScriptLevel.Text);

/// <summary>The pack's assembly, or the problems of each script that prevented it.</summary>
/// <param name="Assembly">The PE image (with an embedded PDB), or null.</param>
/// <param name="Problems">Each problem with the path of its script.</param>
public sealed record PackCompileResult(byte[]? Assembly, ImmutableArray<(string Path, ScriptProblem Problem)> Problems);
