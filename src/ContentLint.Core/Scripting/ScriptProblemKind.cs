namespace ContentLint.Core.Scripting;

/// <summary>Why a script was refused.</summary>
public enum ScriptProblemKind
{
    /// <summary>A C# syntax or compile error (CL0031).</summary>
    CompileError,

    /// <summary>An API or construct outside the sandbox (CL0032).</summary>
    ForbiddenApi,
}
