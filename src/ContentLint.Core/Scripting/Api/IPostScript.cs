namespace ContentLint.Core.Scripting.Api;

/// <summary>What a compiled <c>level: post</c> script implements (the translator derives it from <see cref="PostScriptBase"/>).</summary>
public interface IPostScript
{
    /// <summary>Checks <see cref="PostScriptContext.Post"/> and reports through <paramref name="context"/>.</summary>
    void Check(PostScriptContext context);
}
