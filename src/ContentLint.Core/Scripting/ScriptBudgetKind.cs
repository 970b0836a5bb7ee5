namespace ContentLint.Core.Scripting;

/// <summary>Which limit a script rule went over.</summary>
public enum ScriptBudgetKind
{
    /// <summary>The per-post time budget.</summary>
    Time,

    /// <summary>The per-post allocation budget.</summary>
    Memory,

    /// <summary>The recursion guard: the stack was nearly exhausted.</summary>
    Recursion,

    /// <summary>A regular expression ran out of time (a catastrophic pattern).</summary>
    Regex,
}
