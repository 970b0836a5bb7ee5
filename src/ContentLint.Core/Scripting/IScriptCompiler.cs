namespace ContentLint.Core.Scripting;

/// <summary>
/// Compiles a <c>.csx</c> rule into an assembly holding <see cref="ScriptCompileRequest.TypeName"/>,
/// a sealed class deriving from <see cref="Api.ScriptRuleBase"/>. The implementation
/// (<c>ContentLint.Scripting</c>, the only assembly that references Roslyn) is loaded by
/// <see cref="ScriptLoader"/> on a cache miss only.
/// </summary>
public interface IScriptCompiler
{
    /// <summary>Parses, sandbox-checks, instruments and emits the script; never throws for bad scripts.</summary>
    ScriptCompileResult Compile(ScriptCompileRequest request);
}
