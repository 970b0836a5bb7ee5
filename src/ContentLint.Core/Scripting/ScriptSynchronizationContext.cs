namespace ContentLint.Core.Scripting;

/// <summary>
/// The synchronization context a script call runs under. An <c>async void</c> method or lambda posts
/// its continuations and, when it throws, its exception to the current context; without one they go
/// to the thread pool, where an exception ends the process. Here they are queued and run on the
/// calling thread before the call returns — inside the rule's budget, so an exception is the rule's
/// CL0030 on that post and an endless chain of continuations is a CL0034. Whatever is posted after
/// the call returned (a timer completing later) is dropped, never run.
/// </summary>
internal sealed class ScriptSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _posted = new();
    private bool _closed;

    /// <summary>Runs <paramref name="call"/>, then everything it posted, on this thread.</summary>
    public static void Run(Action call)
    {
        var previous = Current;
        var context = new ScriptSynchronizationContext();
        SetSynchronizationContext(context);
        try
        {
            call();
            context.Drain();
        }
        finally
        {
            context.Close();
            SetSynchronizationContext(previous);
        }
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_posted)
        {
            if (!_closed)
            {
                _posted.Enqueue((d, state));
            }
        }
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state) => Post(d, state);

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    private void Drain()
    {
        while (true)
        {
            (SendOrPostCallback Callback, object? State) next;
            lock (_posted)
            {
                if (!_posted.TryDequeue(out next))
                {
                    return;
                }
            }

            next.Callback(next.State);
        }
    }

    private void Close()
    {
        lock (_posted)
        {
            _closed = true;
            _posted.Clear();
        }
    }
}
