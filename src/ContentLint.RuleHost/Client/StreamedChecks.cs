using System.Diagnostics;
using ContentLint.Core.Configuration;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// The documents of a run over many files, sent to the rule host by one sender thread: a worker hands
/// its document over and goes on to the next file (it holds no thread while the host works), and the
/// sender puts the documents that are waiting in one call, up to <see cref="MaxBatch"/>. A round trip
/// costs both processes far more than the scripts cost on a short post, so while files keep arriving
/// the sender waits for <see cref="FullBatch"/> of them; a pause in the arrivals (<see cref="Lull"/>:
/// the run's last files, a slow file) sends what is there, so no document waits for company that is
/// not coming. Every document gets its own answer, or the call's failure (it then finds its own
/// culprit, as a document sent alone would). <see cref="CoalescedChecks"/> is the editor's side: a
/// keystroke's document goes at once, on the caller's thread.
/// </summary>
/// <param name="client">The host.</param>
/// <param name="config">The configuration's full path.</param>
/// <param name="limits">Its script budget (the watchdog's deadlines derive from it).</param>
internal sealed class StreamedChecks(RuleHostClient client, string config, ScriptConfiguration limits)
{
    // A monitor: the sender sleeps on it while nothing waits (an arrival wakes it), or while it gathers a call (the arrival that fills one wakes it).
    private readonly object _lock = new();
    private readonly Queue<Member> _queue = [];
    private Thread? _sender;
    private bool _gathering;
    private long _lastArrival;

    /// <summary>The most documents one call carries: the editor's sender's bound (<see cref="CoalescedChecks.MaxBatch"/>), one for every shared call.</summary>
    public const int MaxBatch = CoalescedChecks.MaxBatch;

    /// <summary>
    /// While documents keep arriving, the sender waits for this many before it calls: a host that
    /// answers faster than the files are parsed would otherwise get a few documents per call, and a
    /// call costs both processes a quarter of a millisecond or more. The workers do not wait meanwhile.
    /// </summary>
    public const int FullBatch = 48;

    /// <summary>The variable that sets <see cref="Lull"/> in milliseconds (tests that count calls lengthen it, so a busy machine's pauses do not split calls).</summary>
    public const string LullVariable = "CONTENTLINT_HOST_BATCH_LULL_MS";

    /// <summary>
    /// A pause in the arrivals this long (the run's last files, or files that take long to parse) ends the wait for
    /// <see cref="FullBatch"/>: 2 ms by default, or <see cref="LullVariable"/>.
    /// </summary>
    public static readonly TimeSpan Lull = TimeSpan.FromMilliseconds(
        int.TryParse(Environment.GetEnvironmentVariable(LullVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms) && ms > 0 ? ms : 2);

    private static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Queues <paramref name="batch"/> for the host; completes with its findings, or why the call failed.</summary>
    public Task<(WireDiagnostic[]? Found, HostFailure? Failure)> CheckAsync(PostBatch batch, CancellationToken cancellationToken)
    {
        var member = new Member(batch, cancellationToken);
        lock (_lock)
        {
            _queue.Enqueue(member);
            _lastArrival = Stopwatch.GetTimestamp();
            if (_sender is null)
            {
                // A thread of its own, not the pool's: it blocks on each call, under the watchdog, for the whole run.
                _sender = new Thread(SendLoop) { IsBackground = true, Name = "rule-host sender" };
                _sender.Start();
            }
            else if (!_gathering || _queue.Count >= FullBatch)
            {
                Monitor.Pulse(_lock);
            }
        }

        return member.Answer.Task;
    }

    private void SendLoop()
    {
        while (true)
        {
            var members = new List<Member>();
            lock (_lock)
            {
                // Idle for a while (the run's files are done, or an editor's session): the thread ends, the next document starts another.
                if (_queue.Count == 0 && (!Monitor.Wait(_lock, IdleTimeout) || _queue.Count == 0))
                {
                    _sender = null;
                    return;
                }

                _gathering = true;
                while (_queue.Count < FullBatch && Stopwatch.GetElapsedTime(_lastArrival) < Lull)
                {
                    Monitor.Wait(_lock, Lull);
                }

                _gathering = false;

                while (members.Count < MaxBatch && _queue.TryDequeue(out var member))
                {
                    if (member.CancellationToken.IsCancellationRequested)
                    {
                        member.Answer.TrySetCanceled(member.CancellationToken);
                        continue;
                    }

                    members.Add(member);
                }
            }

            if (members.Count > 0)
            {
                Send(members);
            }
        }
    }

    private void Send(List<Member> members)
    {
        try
        {
            // The members of one run share its token; the first one's stops the call.
            var (found, failure) = client.Shared(() => CoalescedChecks.CheckMany(client, config, limits, [.. members.Select(m => m.Batch)], members[0].CancellationToken));

            for (var i = 0; i < members.Count; i++)
            {
                members[i].Answer.TrySetResult((found?[i], failure));
            }
        }
        catch (Exception ex)
        {
            // Cancellation (or a bug): every member ends with it, none is left waiting.
            members.ForEach(m => _ = ex is OperationCanceledException cancelled ? m.Answer.TrySetCanceled(cancelled.CancellationToken) : m.Answer.TrySetException(ex));
        }
    }

    /// <summary>One document's call: its batch and the answer it waits for.</summary>
    private sealed record Member(PostBatch Batch, CancellationToken CancellationToken)
    {
        // Continuations run on the pool, never on the sender: it goes straight on to the next call.
        public TaskCompletionSource<(WireDiagnostic[]? Found, HostFailure? Failure)> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
