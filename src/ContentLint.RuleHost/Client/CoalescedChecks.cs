using System.Diagnostics;
using System.Runtime.ExceptionServices;
using ContentLint.Core.Configuration;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// Coalesces the documents that workers hand to the rule host into one call
/// (<see cref="IRuleHost.CheckManyAsync"/>): a round trip costs both processes far more than the
/// scripts cost on one short post. A worker hands its document over (<see cref="Begin"/>) before it
/// runs the in-process rules on it and collects the answer after, so the host works meanwhile and the
/// worker seldom waits. One sender, on its own thread, sends what has gathered while the previous call
/// was in flight; while documents stream in (a run over many files, not an editor's keystrokes), it
/// also waits a moment for a few more: a host that answers fast would otherwise get them one call each.
/// Every member gets its own answer, or the call's failure (it then finds its own culprit, as a
/// document sent alone would).
/// </summary>
/// <param name="client">The host.</param>
/// <param name="config">The configuration's full path.</param>
/// <param name="limits">Its script budget (the watchdog's deadlines derive from it).</param>
internal sealed class CoalescedChecks(RuleHostClient client, string config, ScriptConfiguration limits)
{
    // A monitor, not a Lock: the sender gathering documents waits on it, and each arrival may wake it.
    private readonly object _lock = new();
    private readonly List<Member> _queue = [];
    private bool _sending;
    private long _previousArrival;
    private long _lastArrival;

    /// <summary>The most documents one call carries (a bounded message, and a bounded deadline for a hang).</summary>
    public const int MaxBatch = 64;

    /// <summary>
    /// How many documents the sender waits for while documents stream in (<see cref="GatherWindow"/>):
    /// a call's cost in both processes (the RPC stack, thread wake-ups) is mostly per call, not per
    /// document (10,000 files: 512 calls of ~20 documents instead of calls of ~4: about a fifth less processor time in perf samples).
    /// </summary>
    public const int GatherTarget = 16;

    /// <summary>
    /// Documents that arrive closer together than this are a stream, and the sender waits for
    /// <see cref="GatherTarget"/> of them at most this long: far less than a call costs a run in
    /// processor time, far less than a keystroke's budget (and a keystroke never waits: it comes alone).
    /// </summary>
    public static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(2);

    /// <summary>Hands <paramref name="batch"/> to the sender (starting it when none runs); its answer comes later.</summary>
    public Member Begin(PostBatch batch)
    {
        var mine = new Member(batch);
        bool starts;
        lock (_lock)
        {
            _previousArrival = _lastArrival;
            _lastArrival = Stopwatch.GetTimestamp();
            _queue.Add(mine);
            if (_queue.Count == GatherTarget)
            {
                Monitor.PulseAll(_lock);
            }

            starts = !_sending;
            _sending = true;
        }

        if (starts)
        {
            // Its own thread from the pool: the worker goes back to its document at once.
            _ = Task.Run(SendWhileQueued);
        }

        return mine;
    }

    /// <summary>The sender: sends what has gathered, call after call, until nothing waits.</summary>
    private void SendWhileQueued()
    {
        while (true)
        {
            List<Member> members;
            lock (_lock)
            {
                Gather();
                members = [.. _queue.Take(MaxBatch)];
                _queue.RemoveRange(0, members.Count);
                if (members.Count == 0)
                {
                    _sending = false;
                    return;
                }
            }

            client.Shared(() => Send(members));
        }
    }

    /// <summary>Under the lock: while documents stream in, waits (the lock released) for a few more, at most <see cref="GatherWindow"/>.</summary>
    private void Gather()
    {
        if (_queue.Count >= GatherTarget || Stopwatch.GetElapsedTime(_previousArrival, _lastArrival) >= GatherWindow)
        {
            return;
        }

        var start = Stopwatch.GetTimestamp();
        while (_queue.Count < GatherTarget && Stopwatch.GetElapsedTime(start) is var waited && waited < GatherWindow)
        {
            Monitor.Wait(_lock, GatherWindow - waited);
        }
    }

    /// <summary>
    /// One call for <paramref name="members"/>. It is not cancelled with any one member (each stops
    /// waiting on its own token; the deadline bounds the call), only when the client is disposed.
    /// </summary>
    private bool Send(List<Member> members)
    {
        try
        {
            var batches = members.Select(m => m.Batch).ToArray();
            var rules = batches.SelectMany(b => b.Rules).Distinct(StringComparer.Ordinal).ToList();
            // Twice the deadline of the largest document, not the sum: a hang is found as soon as with a
            // document or two alone. A shared call stopped early loses nothing: each document is checked
            // again alone, with its own deadline, and only a (post, rule) at fault there is reported.
            var units = batches.Select(b => b.Posts.Length * b.Rules.Length).ToList();
            var deadline = RuleHostLimits.Deadline(limits.Budget, Math.Min(units.Sum(), 2 * units.Max()));
            var (found, failure) = client.Call(config, rules, h => h.CheckManyAsync(batches), deadline, CancellationToken.None);
            if (found is { Length: var answers } && answers != members.Count)
            {
                failure = new HostFailure(HostFailureKind.Failed, $"the rule host answered {answers} of {members.Count} documents");
                found = null;
            }

            for (var i = 0; i < members.Count; i++)
            {
                members[i].Answered(found?[i], failure);
            }
        }
        catch (Exception ex)
        {
            // Cancellation (or a bug): every member throws it, none is left waiting.
            var error = ExceptionDispatchInfo.Capture(ex);
            members.ForEach(m => m.Failed(error));
        }

        return true;
    }

    /// <summary>One document's call: its batch, then its answer (signalled once).</summary>
    internal sealed class Member(PostBatch batch)
    {
        // A task, not a monitor: a pool thread blocked on Task.Wait tells the thread pool, which starts another worker meanwhile.
        private readonly TaskCompletionSource _answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private (WireDiagnostic[]? Found, HostFailure? Failure)? _answer;
        private ExceptionDispatchInfo? _error;

        public PostBatch Batch => batch;

        public void Answered(WireDiagnostic[]? found, HostFailure? failure)
        {
            _answer = (found, failure);
            _answered.TrySetResult();
        }

        public void Failed(ExceptionDispatchInfo error)
        {
            _error = error;
            _answered.TrySetResult();
        }

        /// <summary>Waits for the answer (or until <paramref name="cancellationToken"/> is cancelled: the call goes on without this member).</summary>
        public (WireDiagnostic[]? Found, HostFailure? Failure) Answer(CancellationToken cancellationToken)
        {
            _answered.Task.Wait(cancellationToken);
            _error?.Throw();
            return _answer ?? throw new InvalidOperationException("A coalesced rule-host call ended without answering one of its documents.");
        }
    }
}
