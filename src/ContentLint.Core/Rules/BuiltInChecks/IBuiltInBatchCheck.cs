namespace ContentLint.Core.Rules.BuiltInChecks;

/// <summary>A built-in algorithm that looks across all posts of a run (<c>kind: builtin</c> with a batch check).</summary>
public interface IBuiltInBatchCheck
{
    /// <summary>Name used in rule files.</summary>
    string Name { get; }

    /// <summary>Checks every post of the run.</summary>
    void Check(BatchRuleContext context, BuiltInOptions options);
}
