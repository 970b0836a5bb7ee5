using System.Text.Json;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>
/// Every notification the server sent, and waiters completed through TaskCompletionSource as matching
/// ones arrive (including ones that arrived before the wait): no sleep, no polling.
/// </summary>
internal sealed class NotificationListener
{
    /// <summary>Only a guard against a hang, never a performance limit: a loaded 2-core machine may be slow (timings belong in bench/).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly List<(string Method, JsonElement Params)> _received = [];
    private readonly List<(string Method, Func<JsonElement, bool> Match, TaskCompletionSource<JsonElement> Done)> _waiters = [];

    public IReadOnlyList<(string Method, JsonElement Params)> Received
    {
        get
        {
            lock (_lock)
            {
                return [.. _received];
            }
        }
    }

    public void Add(string method, JsonElement parameters)
    {
        lock (_lock)
        {
            _received.Add((method, parameters.Clone()));
            foreach (var waiter in _waiters.Where(w => w.Method == method && w.Match(parameters)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(parameters.Clone());
            }
        }
    }

    /// <summary>The first notification of <paramref name="method"/> received after index <paramref name="after"/> that matches.</summary>
    public Task<JsonElement> WaitAsync(string method, Func<JsonElement, bool> match, int after = 0)
    {
        TaskCompletionSource<JsonElement> done;
        lock (_lock)
        {
            foreach (var (m, p) in _received.Skip(after))
            {
                if (m == method && match(p))
                {
                    return Task.FromResult(p);
                }
            }

            done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((method, match, done));
        }

        return WithTimeoutAsync(done.Task, method);
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _received.Count;
            }
        }
    }

    private async Task<JsonElement> WithTimeoutAsync(Task<JsonElement> task, string method)
    {
        try
        {
            return await task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            var seen = string.Join("\n", Received.Select(r => $"{r.Method}: {r.Params}"));
            throw new TimeoutException($"No matching {method} within {Timeout.TotalSeconds} s. Received:\n{seen}");
        }
    }
}
