using ContentLint.Core.Rules;

namespace ContentLint.Core.Scripting.Api;

/// <summary>What a compiled <c>level: run</c> script implements (the translator derives it from <see cref="RunScriptBase"/>).</summary>
public interface IRunScript
{
    /// <summary>True when the script has a per-post step (<c>Collect</c>): its run step sees facts, not documents.</summary>
    bool CollectsFacts { get; }

    /// <summary>The per-post step: keeps the post's facts through <paramref name="context"/>.</summary>
    void Collect(FactCollectContext context, RuleOptions options);

    /// <summary>The run step: every post of <see cref="RunScriptContext.Documents"/>, or every fact of <see cref="RunScriptContext.Facts"/>; reports through <paramref name="context"/>.</summary>
    void Check(RunScriptContext context);
}
