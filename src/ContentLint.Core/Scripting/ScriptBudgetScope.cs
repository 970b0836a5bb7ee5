using System.Text.RegularExpressions;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Core.Scripting;

/// <summary>
/// Runs one call of a script rule under its budget (or none, for trusted code such as the shipped
/// pack) and says which limit stopped it, if any: what <see cref="ScriptPostRule"/> and
/// <see cref="ScriptBatchRule"/> share.
/// </summary>
internal static class ScriptBudgetScope
{
    /// <summary>Runs <paramref name="call"/>; returns the limit it exceeded, or null when it finished (other exceptions propagate: CL0030).</summary>
    /// <param name="limits">The configured budget.</param>
    /// <param name="scale">How many posts the call covers (a run-level call gets the budget of every post).</param>
    /// <param name="trusted">True runs without a budget.</param>
    /// <param name="call">The call.</param>
    /// <param name="deadline">A later clock limit than the budget (the warm-up run).</param>
    public static ScriptBudgetKind? Run(ScriptConfiguration limits, int scale, bool trusted, Action call, TimeSpan? deadline = null)
    {
        if (trusted)
        {
            call();
            return null;
        }

        var factor = Math.Max(1, scale);
        var budget = new ScriptBudget(limits.Budget * factor, limits.AllocationBytes * factor, deadline, factor);
        var previous = ScriptRuntime.Begin(budget);
        try
        {
            call();
            // The final checkpoint, on return: an allocation (or a long library call) after the script's last sampled checkpoint still counts.
            budget.Check();
            return null;
        }
        catch (Exception ex) when (KindOf(ex, budget) is { } kind)
        {
            return kind;
        }
        finally
        {
            ScriptRuntime.End(previous);
        }
    }

    /// <summary>The budget description in CL0034's message, in English and French.</summary>
    public static LocalizedString Describe(ScriptBudgetKind kind, ScriptConfiguration limits) => kind switch
    {
        ScriptBudgetKind.Memory => new($"allocation budget ({limits.AllocationMb} MB)", $"budget d’allocation ({limits.AllocationMb} Mo)"),
        ScriptBudgetKind.Recursion => new("recursion limit (the stack was nearly exhausted)", "niveau maximal de récursion (la pile était presque pleine)"),
        ScriptBudgetKind.Regex => new($"time budget in a regular expression ({limits.BudgetMs} ms)", $"budget de temps dans une expression régulière ({limits.BudgetMs} ms)"),
        _ => new($"time budget ({limits.BudgetMs} ms)", $"budget de temps ({limits.BudgetMs} ms)"),
    };

    private static ScriptBudgetKind? KindOf(Exception ex, ScriptBudget budget) => ex switch
    {
        _ when budget.Exceeded is { } kind => kind,
        ScriptBudgetExceededException over => over.Kind,
        RegexMatchTimeoutException => ScriptBudgetKind.Regex,
        InsufficientExecutionStackException => ScriptBudgetKind.Recursion,
        OutOfMemoryException => ScriptBudgetKind.Memory,
        TypeInitializationException { InnerException: { } inner } => KindOf(inner, budget),
        _ => null,
    };
}
