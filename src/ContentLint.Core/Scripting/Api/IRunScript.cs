namespace ContentLint.Core.Scripting.Api;

/// <summary>What a compiled <c>level: run</c> script implements (the translator derives it from <see cref="RunScriptBase"/>).</summary>
public interface IRunScript
{
    /// <summary>Checks every post of <see cref="RunScriptContext.Documents"/> and reports through <paramref name="context"/>.</summary>
    void Check(RunScriptContext context);
}
