namespace ContentLint.RuleHost.Client;

/// <summary>The limits the parent puts on its rule host: one place for every one of them.</summary>
public static class RuleHostLimits
{
    /// <summary>The host's hard heap limit (<c>DOTNET_GCHeapHardLimit</c>): past it an allocation throws instead of taking the machine's memory.</summary>
    public const long HeapHardLimitBytes = 1L << 30;

    /// <summary>
    /// Runtime settings of the host process alone (CLR settings read as hexadecimal). A batch host lives a few
    /// seconds, and re-compiling every method called 30 times at tier 1 cost it more processor time than its
    /// scripts (~1,900 methods, a third of its samples): tier-1 call counting waits until 1 s (0x3E8 ms) has passed
    /// without a new method being compiled, so a batch runs on the ReadyToRun code it started with and a long-lived
    /// host (the language server's) still reaches tier 1 once it is idle. Its idle thread-pool workers block instead
    /// of spinning (<c>sched_yield</c>) on a machine whose cores the parent needs.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, string Value)> RuntimeKnobs =
    [
        ("DOTNET_TC_CallCountingDelayMs", "0x3E8"),
        ("DOTNET_ThreadPool_UnfairSemaphoreSpinLimit", "0"),
    ];

    /// <summary>
    /// Sets <see cref="CompileBudget"/> in milliseconds (a positive whole number; anything else keeps 15 s). For
    /// tests: the hostile-script suites lower it so that each compile bomb is stopped in seconds, on the same path.
    /// </summary>
    public const string CompileBudgetVariable = "CONTENTLINT_COMPILE_BUDGET_MS";

    /// <summary>Processor time compiling one script (or taking it from the cache and loading it) may take: 15 s, or <see cref="CompileBudgetVariable"/>.</summary>
    public static readonly TimeSpan CompileBudget = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable(CompileBudgetVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms > 0 ? ms : 15_000);

    /// <summary>Added to every deadline the watchdog derives from the scripts' budgets: the pipe, parsing, a garbage collection.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    /// <summary>How far past its budget a script may run before the watchdog calls it hung (checkpoints are sampled).</summary>
    public const int BudgetSlack = 3;

    /// <summary>How much longer than its processor-time deadline a call may take in wall-clock time (a host blocked without working).</summary>
    public const int WallClockFactor = 10;

    /// <summary>How often the watchdog reads the host's processor time.</summary>
    public static readonly TimeSpan WatchdogPoll = TimeSpan.FromMilliseconds(50);

    /// <summary>How long the host may take to start and read a configuration.</summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The watchdog's deadline for <paramref name="calls"/> script calls of <paramref name="budget"/> each.</summary>
    public static TimeSpan Deadline(TimeSpan budget, int calls) => Grace + (budget * BudgetSlack * Math.Max(1, calls));
}
