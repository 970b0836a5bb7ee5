using System.Diagnostics;

namespace ContentLint.Core.Scripting;

/// <summary>
/// The budget of one script rule on one post: wall-clock time and bytes allocated by the thread.
/// Checked by <see cref="ScriptRuntime"/> every <see cref="SampleEvery"/> checkpoints; once exceeded,
/// every later checkpoint throws again, so a script that catches the exception still stops.
/// </summary>
internal sealed class ScriptBudget
{
    /// <summary>How many checkpoints pass between two clock and allocation readings.</summary>
    public const int SampleEvery = 16;

    /// <summary>Deepest nesting of script method, local function and lambda calls.</summary>
    public const int MaxDepth = 1000;

    private readonly long _startTimestamp;
    private readonly long _deadlineTicks;
    private readonly long _startAllocated;
    private long _charged;
    private int _reports;
    private readonly int _posts;

    /// <summary>Starts a budget now, on the calling thread's allocation counter.</summary>
    /// <param name="time">The time budget (what regular expressions built now get as their timeout).</param>
    /// <param name="allocationBytes">The allocation budget.</param>
    /// <param name="deadline">When the clock actually stops the script, if later than <paramref name="time"/> (the warm-up run).</param>
    /// <param name="posts">How many posts the call covers (a run-level call): it may report on each.</param>
    public ScriptBudget(TimeSpan time, long allocationBytes, TimeSpan? deadline = null, int posts = 1)
    {
        _posts = Math.Max(1, posts);
        Time = time;
        AllocationBytes = allocationBytes;
        _startTimestamp = Stopwatch.GetTimestamp();
        _deadlineTicks = (long)((deadline ?? time).TotalSeconds * Stopwatch.Frequency);
        _startAllocated = GC.GetAllocatedBytesForCurrentThread();
        Countdown = SampleEvery;
    }

    /// <summary>The time budget.</summary>
    public TimeSpan Time { get; }

    /// <summary>The allocation budget, in bytes.</summary>
    public long AllocationBytes { get; }

    /// <summary>The limit that was exceeded, or null.</summary>
    public ScriptBudgetKind? Exceeded { get; private set; }

    /// <summary>Time since the budget started.</summary>
    public TimeSpan Elapsed => Stopwatch.GetElapsedTime(_startTimestamp);

    /// <summary>Time left, never negative.</summary>
    public TimeSpan Remaining => Time - Elapsed is { Ticks: > 0 } left ? left : TimeSpan.Zero;

    internal int Countdown { get; set; }

    internal int Depth { get; set; }

    /// <summary>Reads the clock and the allocation counter; throws <see cref="ScriptBudgetExceededException"/> when over.</summary>
    public void Check()
    {
        Countdown = SampleEvery;
        if (Exceeded is null)
        {
            if (Stopwatch.GetTimestamp() - _startTimestamp > _deadlineTicks)
            {
                Exceeded = ScriptBudgetKind.Time;
            }
            else if (GC.GetAllocatedBytesForCurrentThread() - _startAllocated + _charged > AllocationBytes)
            {
                Exceeded = ScriptBudgetKind.Memory;
            }
        }

        if (Exceeded is { } kind)
        {
            Countdown = 0;
            throw new ScriptBudgetExceededException(kind);
        }
    }

    /// <summary>
    /// Counts one report handing <paramref name="bytes"/> of text to the engine as allocated (a string reported
    /// again is copied again on its way out), and throws when the post has more than <paramref name="maxPerPost"/>.
    /// </summary>
    public void ChargeReport(long bytes, int maxPerPost)
    {
        if (++_reports > (long)maxPerPost * _posts)
        {
            throw new InvalidOperationException($"a script rule may report at most {maxPerPost} findings on one post");
        }

        _charged += bytes;
        Check();
    }

    /// <summary>Marks the budget exceeded (sticky) and throws.</summary>
    public void Fail(ScriptBudgetKind kind)
    {
        Exceeded ??= kind;
        Check();
    }

    /// <summary>Records <paramref name="kind"/> without throwing (the runner saw a regex timeout or a stack overflow guard).</summary>
    public void Record(ScriptBudgetKind kind) => Exceeded ??= kind;
}
