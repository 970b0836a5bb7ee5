namespace ContentLint.Core.Scripting;

/// <summary>A script to compile.</summary>
/// <param name="Path">The file's display path, for messages.</param>
/// <param name="Text">The whole file, header included; every position reported is an offset in it.</param>
/// <param name="AssemblyName">Name of the emitted assembly (unique per script version).</param>
/// <param name="Policy">The sandbox policy to enforce.</param>
/// <param name="Level">What one call of the script sees; chooses the base class of the generated rule.</param>
public sealed record ScriptCompileRequest(string Path, string Text, string AssemblyName, SandboxPolicy Policy, ScriptLevel Level = ScriptLevel.Text)
{
    /// <summary>Full name of the rule class the compiler emits.</summary>
    public const string TypeName = "ContentLint.Scripts.CompiledRule";
}
