namespace ContentLint.Core.Scripting.Api;

/// <summary>
/// What a compiled script rule implements. The engine creates one instance per thread and calls
/// <see cref="Check"/> once per text of a post (each thread part, on each channel it is published on).
/// Script authors do not implement it themselves: a <c>.csx</c> file is translated into a sealed class
/// deriving from <see cref="ScriptRuleBase"/>.
/// </summary>
public interface IScriptRule
{
    /// <summary>Checks <see cref="ScriptContext.Text"/> and reports through <paramref name="context"/>.</summary>
    void Check(ScriptContext context);
}
