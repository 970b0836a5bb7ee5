namespace ContentLint.Core.Configuration;

/// <summary>The <c>scripts:</c> settings: whether script rules run, and their per-post budget.</summary>
public sealed record ScriptConfiguration
{
    /// <summary>Default <see cref="BudgetMs"/>.</summary>
    public const int DefaultBudgetMs = 100;

    /// <summary>Default <see cref="AllocationMb"/>.</summary>
    public const int DefaultAllocationMb = 64;

    /// <summary>Keys of the <c>scripts:</c> map.</summary>
    public static IReadOnlyList<string> KnownKeys { get; } = ["enabled", "budgetMs", "allocationMb"];

    /// <summary>False skips every script rule (one CL0035 finding says so).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Time one script rule may spend on one post, in milliseconds.</summary>
    public int BudgetMs { get; init; } = DefaultBudgetMs;

    /// <summary>Bytes one script rule may allocate on one post, in megabytes.</summary>
    public int AllocationMb { get; init; } = DefaultAllocationMb;

    /// <summary><see cref="BudgetMs"/> as a time span.</summary>
    public TimeSpan Budget => TimeSpan.FromMilliseconds(BudgetMs);

    /// <summary><see cref="AllocationMb"/> in bytes.</summary>
    public long AllocationBytes => AllocationMb * 1024L * 1024L;
}
