using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Checkpoints called by the code the script compiler injects: <see cref="Loop"/> at the start of
/// every loop body and query clause, <see cref="Enter"/> at the entry of every method, local
/// function, lambda and accessor. Scripts cannot call these themselves (the sandbox rejects this
/// namespace). Outside a budget (e.g. a test calling a rule directly) they do nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ScriptRuntime
{
    /// <summary>Regex timeout used when no budget is active.</summary>
    public static readonly TimeSpan DefaultRegexTimeout = TimeSpan.FromMilliseconds(100);

    [ThreadStatic]
    private static ScriptBudget? t_budget;

    /// <summary>The budget active on this thread, if any.</summary>
    internal static ScriptBudget? Current => t_budget;

    /// <summary>Timeout for a <c>Regex</c> constructed by a script: the whole per-post budget.</summary>
    public static TimeSpan RegexTimeout => t_budget?.Time ?? DefaultRegexTimeout;

    /// <summary>Timeout for a static <c>Regex</c> call: the time left in the budget (at least 1 ms).</summary>
    public static TimeSpan RemainingRegexTimeout =>
        t_budget is { } budget ? TimeSpan.FromTicks(Math.Max(budget.Remaining.Ticks, TimeSpan.TicksPerMillisecond)) : DefaultRegexTimeout;

    /// <summary>A timeout given by the script, capped at <see cref="RegexTimeout"/>.</summary>
    public static TimeSpan ClampRegexTimeout(TimeSpan requested) =>
        requested <= TimeSpan.Zero || requested > RegexTimeout ? RegexTimeout : requested;

    /// <summary>Checkpoint at the start of a loop body.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Loop()
    {
        var budget = t_budget;
        if (budget is not null && --budget.Countdown <= 0)
        {
            budget.Check();
        }
    }

    /// <summary>
    /// Checkpoint at the entry of a method, local function, lambda or accessor: the recursion guard
    /// (depth above <see cref="ScriptBudget.MaxDepth"/>, or the stack nearly exhausted), then
    /// <see cref="Loop"/>. The body that follows runs in a <c>try</c> whose <c>finally</c> calls <see cref="Exit"/>.
    /// </summary>
    public static void Enter()
    {
        if (t_budget is { } current && ++current.Depth > ScriptBudget.MaxDepth)
        {
            current.Fail(ScriptBudgetKind.Recursion);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            if (t_budget is { } budget)
            {
                budget.Fail(ScriptBudgetKind.Recursion);
            }

            throw new InsufficientExecutionStackException();
        }

        Loop();
    }

    /// <summary>Leaves a method entered with <see cref="Enter"/>.</summary>
    public static void Exit()
    {
        if (t_budget is { } current)
        {
            current.Depth--;
        }
    }

    /// <summary>Checkpoint in a query clause: returns <paramref name="value"/>.</summary>
    public static T Pass<T>(T value)
    {
        Loop();
        return value;
    }

    /// <summary>Makes <paramref name="budget"/> current on this thread; returns the previous one for <see cref="End"/>.</summary>
    internal static ScriptBudget? Begin(ScriptBudget budget)
    {
        var previous = t_budget;
        t_budget = budget;
        return previous;
    }

    /// <summary>Restores the budget <see cref="Begin"/> replaced.</summary>
    internal static void End(ScriptBudget? previous) => t_budget = previous;
}
