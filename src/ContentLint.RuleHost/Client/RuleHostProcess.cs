using System.Diagnostics;
using ContentLint.RuleHost.Protocol;
using StreamJsonRpc;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// One running rule host: the child process and the RPC connection over its stdin/stdout. Its
/// standard error (a crash's last words) is read so the child can never block on it, and dropped —
/// the parent's findings say what happened from the exit code alone — except the host's trace lines
/// (<c>CONTENTLINT_TRACE=1</c>, such as why the script cache was not used), passed on to the parent's.
/// </summary>
internal sealed class RuleHostProcess : IDisposable
{
    /// <summary>How the host's trace lines begin (BuiltInRules.ScriptSettings writes them; a host writes none without CONTENTLINT_TRACE).</summary>
    private const string TracePrefix = "contentlint: trace: ";

    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly HashSet<string> _configured = new(StringComparer.Ordinal);
    private readonly HashSet<(string Config, string Rule)> _loaded = [];
    private static int s_running;
    private int _disposed;

    private RuleHostProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.StartsWith(TracePrefix, StringComparison.Ordinal))
            {
                Console.Error.WriteLine(line);
            }
        };
        _process.BeginErrorReadLine();
        _rpc = new JsonRpc(new LengthHeaderMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, Wire.Formatter()));
        Proxy = _rpc.Attach<IRuleHost>();
        _rpc.StartListening();
    }

    /// <summary>The host's methods.</summary>
    public IRuleHost Proxy { get; }

    /// <summary>Held while the configuration and scripts a call needs are loaded into this process.</summary>
    public Lock PrepareLock { get; } = new();

    /// <summary>True once the process has ended (or was killed, or this handle was released).</summary>
    public bool HasExited
    {
        get
        {
            try
            {
                return Volatile.Read(ref _disposed) == 1 || _process.HasExited;
            }
            catch (InvalidOperationException)
            {
                return true; // Released by another thread meanwhile.
            }
        }
    }

    /// <summary>True while a host started by this process runs (or was started and not yet released).</summary>
    public static bool AnyRunning => Volatile.Read(ref s_running) > 0;

    /// <summary>Starts a host with <paramref name="command"/>.</summary>
    public static RuleHostProcess Start(RuleHostCommand command)
    {
        var host = new RuleHostProcess(Process.Start(command.StartInfo()) ?? throw new InvalidOperationException($"{command.FileName} did not start."));
        Interlocked.Increment(ref s_running);
        return host;
    }

    /// <summary>
    /// Waits for <paramref name="call"/>. The deadline is processor time the host spends (so a machine
    /// busy with other work does not make a well-behaved script look hung), with a wall-clock ceiling of
    /// <see cref="RuleHostLimits.WallClockFactor"/> times it for a host that blocks without working.
    /// A host past either is killed.
    /// </summary>
    public (T? Value, HostFailure? Failure) Await<T>(Task<T> call, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var startCpu = ProcessorTime();
        var wall = Stopwatch.StartNew();
        try
        {
            while (!call.Wait(RuleHostLimits.WatchdogPoll, cancellationToken))
            {
                if (Overdue(startCpu, wall, deadline))
                {
                    Kill();
                    return (default, new HostFailure(HostFailureKind.TimedOut, $"no answer within {deadline.TotalSeconds:0.#} s"));
                }
            }

            return (call.Result, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host still runs the call no one waits for: it stays under the watchdog, so a hang
            // abandoned by a cancelled check (a keystroke in the editor) cannot spin in the host forever.
            _ = WatchAbandonedAsync(call, startCpu, wall, deadline);
            throw;
        }
        catch (AggregateException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled, and the pipe closed before this thread saw it (the client disposed under load): still a cancellation, not a crash to blame on a rule.
            throw new OperationCanceledException(cancellationToken);
        }
        catch (AggregateException ex) when (ex.InnerException is RemoteInvocationException remote && !HasExited)
        {
            return (default, new HostFailure(HostFailureKind.Failed, remote.Message));
        }
        catch (AggregateException)
        {
            return (default, new HostFailure(HostFailureKind.Crashed, ExitDescription()));
        }
    }

    private bool Overdue(TimeSpan startCpu, Stopwatch wall, TimeSpan deadline) =>
        ProcessorTime() - startCpu > deadline || wall.Elapsed > deadline * RuleHostLimits.WallClockFactor;

    private async Task WatchAbandonedAsync(Task call, TimeSpan startCpu, Stopwatch wall, TimeSpan deadline)
    {
        while (!call.IsCompleted && !HasExited)
        {
            if (Overdue(startCpu, wall, deadline))
            {
                Kill(); // The next call finds the host exited and starts another.
                return;
            }

            await Task.WhenAny(call, Task.Delay(RuleHostLimits.WatchdogPoll)).ConfigureAwait(false);
        }
    }

    /// <summary>True when this process has read <paramref name="config"/>.</summary>
    public bool IsConfigured(string config)
    {
        lock (_loaded)
        {
            return _configured.Contains(config);
        }
    }

    /// <summary>True when this process has loaded <paramref name="rule"/> of <paramref name="config"/>.</summary>
    public bool IsLoaded(string config, string rule)
    {
        lock (_loaded)
        {
            return _loaded.Contains((config, rule));
        }
    }

    /// <summary>Records that this process read <paramref name="config"/>.</summary>
    public void MarkConfigured(string config)
    {
        lock (_loaded)
        {
            _configured.Add(config);
        }
    }

    /// <summary>Records that this process loaded <paramref name="rule"/> of <paramref name="config"/>.</summary>
    public void MarkLoaded(string config, string rule)
    {
        lock (_loaded)
        {
            _loaded.Add((config, rule));
        }
    }

    /// <summary>Makes this process read <paramref name="config"/> again before its next use (its scripts changed).</summary>
    public void Forget(string config)
    {
        lock (_loaded)
        {
            _configured.Remove(config);
            _loaded.RemoveWhere(l => l.Config == config);
        }
    }

    /// <summary>Ends the process and everything it started.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Closes the pipe (the host then exits by itself) and releases the process; once, whichever thread comes first.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Interlocked.Decrement(ref s_running);
        _rpc.Dispose();
        if (!_process.WaitForExit(TimeSpan.FromSeconds(2)))
        {
            Kill();
        }

        _process.Dispose();
    }

    private TimeSpan ProcessorTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero; // Exited: the call fails next, as a crash.
        }
    }

    private string ExitDescription()
    {
        try
        {
            if (!_process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                Kill();
                return "the rule host process lost its pipe and was stopped";
            }

            return _process.ExitCode switch
            {
                134 => "the rule host process was aborted (exit code 134: a stack overflow, an exception on another thread or out of memory)",
                var code => $"the rule host process stopped (exit code {code})",
            };
        }
        catch (InvalidOperationException)
        {
            // Another call on this host failed first and released it: its exit code is that call's to report.
            return "the rule host process was stopped while this call waited (another call on it failed)";
        }
    }
}
