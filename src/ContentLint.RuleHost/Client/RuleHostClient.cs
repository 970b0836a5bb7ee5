using System.ComponentModel;
using ContentLint.Core.Scripting;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// The parent's handle on its rule host: starts it on first use, starts a new one after it died or
/// was killed, and puts a deadline on every call. A new host is brought up to date lazily: before a
/// call, the configuration and the scripts that call names are loaded into it (and warmed up) if they
/// are not yet, so a restart costs only what the next batch needs. One client serves a whole CLI run
/// or language-server session. Calls share the host; finding the culprit of a failed call
/// (bisection) is exclusive, and so is the second try of any call that failed beside others
/// (<see cref="Alone{T}"/>), so that another batch's crash is never blamed on it. Once disposed, it
/// starts no host: calls still waiting, and later ones, end as cancelled.
/// </summary>
/// <param name="command">How to start the host.</param>
public sealed class RuleHostClient(RuleHostCommand command) : IDisposable
{
    private readonly Lock _startLock = new();
    // Never disposed: a call still inside Shared when the client is disposed must be able to leave it.
    private readonly ReaderWriterLockSlim _recovery = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<string, Dictionary<string, LoadedScriptRecord>> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HostSetup> _setups = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Config, string Path), Preloading> _preloads = [];
    private RuleHostProcess? _host;
    private int _starts;
    private int _calls;

    /// <summary>Workers per core for a run while a rule host runs: a worker waiting for the host costs no processor time, and the documents that wait together go in one call.</summary>
    public const int WorkersPerCoreWithHost = 4;

    /// <summary>How many files a run should check at once on <paramref name="cores"/> cores: more than cores while this process has a rule host (see <see cref="WorkersPerCoreWithHost"/>).</summary>
    public static int Workers(int cores) => RuleHostProcess.AnyRunning ? cores * WorkersPerCoreWithHost : cores;

    /// <summary>How many host processes this client started (tests and traces: a restart is the second).</summary>
    public int Starts => Volatile.Read(ref _starts);

    /// <summary>How many calls this client made to its hosts (traces: documents checked together share one).</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Sets up the configuration file <paramref name="config"/> (again): the scripts loaded for it before are forgotten.</summary>
    public void Configure(string config) => Configure(new HostSetup(config));

    /// <summary>Sets up <paramref name="setup"/> (again), under its <see cref="HostSetup.ConfigPath"/>: the scripts loaded for it before are forgotten.</summary>
    public void Configure(HostSetup setup)
    {
        lock (_startLock)
        {
            _sessions[setup.ConfigPath] = new(StringComparer.Ordinal);
            _setups[setup.ConfigPath] = setup;
            _host?.Forget(setup.ConfigPath);
        }
    }

    /// <summary>Compiles and loads a script in the host under the compile budget; a loaded one is loaded again into every later host that needs it.</summary>
    public (ScriptLoadReply? Reply, HostFailure? Failure) Load(ScriptFile file, string ruleId, bool warmUp)
    {
        var (reply, failure) = Alone(() => CallCore(file.Config, [], h => h.LoadAsync(file), RuleHostLimits.CompileBudget, CancellationToken.None, (host, answer) =>
        {
            if (answer.Loaded)
            {
                host.MarkLoaded(file.Config, ruleId);
            }
        }));
        if (reply is { Loaded: true })
        {
            lock (_startLock)
            {
                _sessions[file.Config][ruleId] = new LoadedScriptRecord(file, ruleId, warmUp);
            }
        }

        return (reply, failure);
    }

    /// <summary>
    /// Starts loading and warming up <paramref name="scripts"/> (all of one configuration) in one call,
    /// in the background: the host starts now if none runs. <see cref="Preloaded"/> takes each one's reply.
    /// </summary>
    public void Preload(IReadOnlyList<(ScriptFile File, string RuleId, bool WarmUp)> scripts)
    {
        if (scripts.Count == 0)
        {
            return;
        }

        var files = scripts.Select(s => s.File).ToArray();
        var config = files[0].Config;
        // One script's deadline for them all: no compilation outlasts its budget here when it would not alone
        // (a cold cache that needs longer only costs the loads alone, as before), and a hang is found as soon.
        var deadline = RuleHostLimits.CompileBudget + WarmUpDeadline;
        var call = Task.Run(() => Shared(() => CallCore(config, [], h => h.LoadManyAsync(files), deadline, CancellationToken.None, (host, replies) =>
        {
            foreach (var (script, reply) in scripts.Zip(replies).Where(p => p.Second.Loaded))
            {
                host.MarkLoaded(config, script.RuleId);
            }
        })));
        lock (_startLock)
        {
            for (var i = 0; i < files.Length; i++)
            {
                _preloads[(config, files[i].Path)] = new Preloading(files[i], i, files.Length, call);
            }
        }
    }

    /// <summary>
    /// The reply to <paramref name="file"/> from <see cref="Preload"/> (a loaded per-post script is
    /// warmed up), waiting for it; null when it was not preloaded or the shared call failed — then
    /// <see cref="Load"/> it alone, which finds a script at fault as before.
    /// </summary>
    public ScriptLoadReply? Preloaded(ScriptFile file, string ruleId, bool warmUp) =>
        PreloadedAsync(file, ruleId, warmUp).GetAwaiter().GetResult();

    /// <summary>True when <see cref="Preload"/> is loading <paramref name="file"/> (as it reads now) and its reply has not been taken.</summary>
    public bool IsPreloading(ScriptFile file)
    {
        lock (_startLock)
        {
            return _preloads.TryGetValue((file.Config, file.Path), out var preload) && preload.File.Text == file.Text;
        }
    }

    /// <summary><see cref="Preloaded"/>, awaited instead of waited for: the caller's thread goes on meanwhile.</summary>
    public async Task<ScriptLoadReply?> PreloadedAsync(ScriptFile file, string ruleId, bool warmUp)
    {
        Preloading? preload;
        lock (_startLock)
        {
            _preloads.Remove((file.Config, file.Path), out preload);
        }

        if (preload is null || preload.File.Text != file.Text || await preload.Call.ConfigureAwait(false) is not ({ } replies, _) || replies.Length != preload.Count)
        {
            return null;
        }

        var reply = replies[preload.Index];
        if (reply.Loaded)
        {
            lock (_startLock)
            {
                _sessions[file.Config][ruleId] = new LoadedScriptRecord(file, ruleId, warmUp);
            }
        }

        return reply;
    }

    /// <summary>Runs a loaded per-post script once on the sample post, under the watchdog.</summary>
    public HostFailure? WarmUp(string config, string ruleId) =>
        Alone(() => Call(config, [], h => Done(h.WarmUpAsync(config, ruleId)), WarmUpDeadline, CancellationToken.None)).Failure;

    /// <summary>Stops loading a rule into new hosts (it was disabled).</summary>
    public void Forget(string config, string ruleId)
    {
        lock (_startLock)
        {
            _sessions.GetValueOrDefault(config)?.Remove(ruleId);
        }
    }

    /// <summary>
    /// Calls the host about <paramref name="config"/>'s rules <paramref name="rules"/>, starting a host
    /// and loading them into it first if needed; the answer, or why there is none (a host that died or
    /// hung is replaced on the next call).
    /// </summary>
    public (T? Value, HostFailure? Failure) Call<T>(string config, IReadOnlyList<string> rules, Func<IRuleHost, Task<T>> call, TimeSpan deadline, CancellationToken cancellationToken) =>
        CallCore(config, rules, call, deadline, cancellationToken, null);

    /// <summary>
    /// Runs <paramref name="call"/> beside other calls and, when the host died or hung meanwhile, once
    /// more alone: a failure is only the call's own when it happens with no other call in the host.
    /// </summary>
    public (T? Value, HostFailure? Failure) Alone<T>(Func<(T? Value, HostFailure? Failure)> call)
    {
        var shared = Shared(call);
        return shared.Failure is { Kind: not HostFailureKind.Failed } ? Exclusive(call) : shared;
    }

    private (T? Value, HostFailure? Failure) CallCore<T>(string config, IReadOnlyList<string> rules, Func<IRuleHost, Task<T>> call, TimeSpan deadline, CancellationToken cancellationToken, Action<RuleHostProcess, T>? answered)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var (host, failure) = Running();
        if (host is null)
        {
            return (default, failure);
        }

        Interlocked.Increment(ref _calls);
        var answer = Prepare(host, config, rules, linked.Token) is { } notReady ? (default, notReady) : host.Await(call(host.Proxy), deadline, linked.Token);
        if (answer.Failure is { Kind: not HostFailureKind.Failed })
        {
            Retire(host);
        }
        else if (answer.Value is { } value)
        {
            answered?.Invoke(host, value);
        }

        return answer;
    }

    /// <summary>How the running host obtained its scripts, or null when no host runs.</summary>
    public HostStats? Stats()
    {
        lock (_startLock)
        {
            return _host is { HasExited: false } host ? host.Await(host.Proxy.StatsAsync(), RuleHostLimits.Grace, CancellationToken.None).Value : null;
        }
    }

    /// <summary>Runs <paramref name="work"/> beside other batches.</summary>
    public T Shared<T>(Func<T> work)
    {
        _recovery.EnterReadLock();
        try
        {
            return work();
        }
        finally
        {
            _recovery.ExitReadLock();
        }
    }

    /// <summary>Runs <paramref name="work"/> alone: no other batch runs in the host meanwhile (bisection).</summary>
    public T Exclusive<T>(Func<T> work)
    {
        _recovery.EnterWriteLock();
        try
        {
            return work();
        }
        finally
        {
            _recovery.ExitWriteLock();
        }
    }

    /// <summary>Stops the host; calls still waiting on it end as cancelled.</summary>
    public void Dispose()
    {
        lock (_startLock)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            _stopping.Cancel();
            _host?.Dispose();
            _host = null;
        }
    }

    private static TimeSpan WarmUpDeadline => RuleHostLimits.Grace + (ScriptPostRule.WarmUpBudget * RuleHostLimits.BudgetSlack);

    private static async Task<bool> Done(Task task)
    {
        await task.ConfigureAwait(false);
        return true;
    }

    private void Retire(RuleHostProcess host)
    {
        lock (_startLock)
        {
            if (ReferenceEquals(_host, host))
            {
                _host = null;
            }
        }

        host.Kill();
        host.Dispose();
    }

    private (RuleHostProcess? Host, HostFailure? Failure) Running()
    {
        lock (_startLock)
        {
            _stopping.Token.ThrowIfCancellationRequested(); // Disposed: no host outlives its client.
            if (_host is { HasExited: false } running)
            {
                return (running, null);
            }

            _host?.Dispose();
            _host = null;
            try
            {
                _host = RuleHostProcess.Start(command);
                _starts++;
                return (_host, null);
            }
            catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
            {
                return (null, new HostFailure(HostFailureKind.Failed, $"the rule host could not be started: {ex.Message}"));
            }
        }
    }

    /// <summary>Configures <paramref name="host"/> for <paramref name="config"/> and loads (and warms up) the scripts of <paramref name="rules"/> it lacks.</summary>
    private HostFailure? Prepare(RuleHostProcess host, string config, IReadOnlyList<string> rules, CancellationToken cancellationToken)
    {
        lock (host.PrepareLock)
        {
            if (!host.IsConfigured(config))
            {
                HostSetup setup;
                lock (_startLock)
                {
                    setup = _setups.GetValueOrDefault(config) ?? new HostSetup(config);
                }

                if (host.Await(Done(host.Proxy.ConfigureAsync(setup)), RuleHostLimits.StartTimeout, cancellationToken).Failure is { } failure)
                {
                    return failure;
                }

                host.MarkConfigured(config);
            }

            foreach (var rule in rules.Where(r => !host.IsLoaded(config, r)))
            {
                LoadedScriptRecord? record;
                lock (_startLock)
                {
                    record = _sessions.GetValueOrDefault(config)?.GetValueOrDefault(rule);
                }

                if (record is null)
                {
                    continue; // Not loaded anywhere: the host says so, and the rule at fault is found like any other failure.
                }

                if (host.Await(record.LoadInto(host.Proxy), RuleHostLimits.CompileBudget + WarmUpDeadline, cancellationToken).Failure is { } failure)
                {
                    return failure;
                }

                host.MarkLoaded(config, rule);
            }
        }

        return null;
    }

    /// <summary>A file's place in a shared load call (<see cref="Preload"/>).</summary>
    private sealed record Preloading(ScriptFile File, int Index, int Count, Task<(ScriptLoadReply[]? Value, HostFailure? Failure)> Call);

    private sealed record LoadedScriptRecord(ScriptFile File, string RuleId, bool WarmUp)
    {
        public async Task<bool> LoadInto(IRuleHost host)
        {
            await host.LoadAsync(File).ConfigureAwait(false);
            if (WarmUp)
            {
                await host.WarmUpAsync(File.Config, RuleId).ConfigureAwait(false);
            }

            return true;
        }
    }
}
