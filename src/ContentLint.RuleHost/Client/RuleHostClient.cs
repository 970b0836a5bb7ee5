using System.ComponentModel;
using ContentLint.Core.Scripting;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// The parent's handle on its rule host: starts it on first use, restarts it after it died or was
/// killed (replaying the configurations and scripts it had loaded, so a restart is invisible to the
/// rules), and puts a deadline on every call. One client serves a whole CLI run or language-server
/// session. Calls share the host; finding the culprit of a failed call (bisection) is exclusive, so
/// that another batch's crash is never blamed on it.
/// </summary>
/// <param name="command">How to start the host.</param>
public sealed class RuleHostClient(RuleHostCommand command) : IDisposable
{
    private readonly Lock _startLock = new();
    private readonly ReaderWriterLockSlim _recovery = new();
    private readonly Dictionary<string, List<LoadedScriptRecord>> _sessions = new(StringComparer.Ordinal);
    private RuleHostProcess? _host;
    private int _starts;

    /// <summary>How many host processes this client started (tests and traces: a restart is the second).</summary>
    public int Starts => Volatile.Read(ref _starts);

    /// <summary>Sets up <paramref name="config"/> (again): the scripts loaded for it before are forgotten.</summary>
    public HostFailure? Configure(string config)
    {
        lock (_startLock)
        {
            _sessions[config] = [];
            if (_host is null)
            {
                return null;
            }
        }

        return Call(h => Done(h.ConfigureAsync(new HostSetup(config))), RuleHostLimits.StartTimeout, CancellationToken.None).Failure;
    }

    /// <summary>Compiles and loads a script in the host under the compile budget; a loaded one is replayed after every restart.</summary>
    public (ScriptLoadReply? Reply, HostFailure? Failure) Load(ScriptFile file, string ruleId, bool warmUp)
    {
        var (reply, failure) = Call(h => h.LoadAsync(file), RuleHostLimits.CompileBudget, CancellationToken.None);
        if (reply is { Loaded: true })
        {
            lock (_startLock)
            {
                _sessions[file.Config].Add(new LoadedScriptRecord(file, ruleId, warmUp));
            }
        }

        return (reply, failure);
    }

    /// <summary>Runs a loaded per-post script once on the sample post, under the watchdog.</summary>
    public HostFailure? WarmUp(string config, string ruleId) =>
        Call(h => Done(h.WarmUpAsync(config, ruleId)), WarmUpDeadline, CancellationToken.None).Failure;

    /// <summary>Stops replaying a rule after restarts (it was disabled).</summary>
    public void Forget(string config, string ruleId)
    {
        lock (_startLock)
        {
            _sessions.GetValueOrDefault(config)?.RemoveAll(r => r.RuleId == ruleId);
        }
    }

    /// <summary>Calls the host, starting it first if needed; the answer, or why there is none (the host is then replaced on the next call).</summary>
    public (T? Value, HostFailure? Failure) Call<T>(Func<IRuleHost, Task<T>> call, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var (host, failure) = Running();
        if (host is null)
        {
            return (default, failure);
        }

        var answer = host.Await(call(host.Proxy), deadline, cancellationToken);
        if (answer.Failure is { Kind: not HostFailureKind.Failed })
        {
            Retire(host);
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

    /// <summary>Stops the host.</summary>
    public void Dispose()
    {
        lock (_startLock)
        {
            _host?.Dispose();
            _host = null;
        }

        _recovery.Dispose();
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

    /// <summary>The running host, or a new one with every configuration and script replayed; a script whose replay fails is dropped from it.</summary>
    private (RuleHostProcess? Host, HostFailure? Failure) Running()
    {
        lock (_startLock)
        {
            // Each failed replay drops the script at fault, so this ends; the bound is for a configuration that kills every host.
            var attempts = 2 + _sessions.Values.Sum(s => s.Count);
            while (_host is not { HasExited: false })
            {
                _host?.Dispose();
                _host = null;
                RuleHostProcess started;
                try
                {
                    started = RuleHostProcess.Start(command);
                    _starts++;
                }
                catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
                {
                    return (null, new HostFailure(HostFailureKind.Failed, $"the rule host could not be started: {ex.Message}"));
                }

                if (Replay(started) is { } failure)
                {
                    started.Kill();
                    started.Dispose();
                    if (--attempts == 0)
                    {
                        return (null, failure);
                    }

                    continue;
                }

                _host = started;
            }

            return (_host, null);
        }
    }

    /// <summary>Configures a new host as the last one was; null when it is ready, else the failure (a script that failed is dropped first, so the next start gets further).</summary>
    private HostFailure? Replay(RuleHostProcess host)
    {
        foreach (var (config, scripts) in _sessions)
        {
            if (host.Await(Done(host.Proxy.ConfigureAsync(new HostSetup(config))), RuleHostLimits.StartTimeout, CancellationToken.None).Failure is { } failure)
            {
                return failure;
            }

            foreach (var script in scripts.ToList())
            {
                var loaded = host.Await(script.Replay(host.Proxy), RuleHostLimits.CompileBudget + WarmUpDeadline, CancellationToken.None).Failure;
                if (loaded is not null)
                {
                    scripts.Remove(script);
                    return loaded;
                }
            }
        }

        return null;
    }

    private sealed record LoadedScriptRecord(ScriptFile File, string RuleId, bool WarmUp)
    {
        public async Task<bool> Replay(IRuleHost host)
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
