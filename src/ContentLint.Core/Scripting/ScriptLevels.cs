using ContentLint.Core.Scripting.Api;

namespace ContentLint.Core.Scripting;

/// <summary>The interface a compiled script of each <see cref="ScriptLevel"/> implements.</summary>
public static class ScriptLevels
{
    /// <summary><see cref="IScriptRule"/>, <see cref="IPostScript"/> or <see cref="IRunScript"/>.</summary>
    public static Type InterfaceOf(ScriptLevel level) => level switch
    {
        ScriptLevel.Post => typeof(IPostScript),
        ScriptLevel.Run => typeof(IRunScript),
        _ => typeof(IScriptRule),
    };
}
