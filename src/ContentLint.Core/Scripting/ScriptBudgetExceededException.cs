namespace ContentLint.Core.Scripting;

/// <summary>Thrown by the checkpoints injected into scripts when a script goes over its budget.</summary>
public sealed class ScriptBudgetExceededException : Exception
{
    /// <summary>Creates the exception for <paramref name="kind"/>.</summary>
    public ScriptBudgetExceededException(ScriptBudgetKind kind)
        : base($"The script rule went over its {kind.ToString().ToLowerInvariant()} budget.") => Kind = kind;

    /// <summary>Creates the exception (time budget).</summary>
    public ScriptBudgetExceededException()
        : this(ScriptBudgetKind.Time)
    {
    }

    /// <summary>Creates the exception with a message (time budget).</summary>
    public ScriptBudgetExceededException(string message)
        : base(message) => Kind = ScriptBudgetKind.Time;

    /// <summary>Creates the exception with a message and an inner exception (time budget).</summary>
    public ScriptBudgetExceededException(string message, Exception innerException)
        : base(message, innerException) => Kind = ScriptBudgetKind.Time;

    /// <summary>The limit that was exceeded.</summary>
    public ScriptBudgetKind Kind { get; }
}
