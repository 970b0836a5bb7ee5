using System.Diagnostics;
using System.Runtime.ExceptionServices;
using ContentLint.Core.Configuration;
using ContentLint.RuleHost.Protocol;

namespace ContentLint.RuleHost.Client;

/// <summary>
/// Coalesces the documents that workers hand to the rule host at the same time into one call
/// (<see cref="IRuleHost.CheckManyAsync"/>): a round trip costs both processes far more than the
/// scripts cost on one short post. While one call is in flight, the documents that arrive wait; the
/// next of them sends them all together when it returns. While documents stream in (a run over many
/// files, not an editor's keystrokes), the sender also waits a moment for a few more: a host that
/// answers fast would otherwise get them one call each. Every member gets its own answer, or the
/// call's failure (it then finds its own culprit, as a document sent alone would).
/// </summary>
/// <param name="client">The host.</param>
/// <param name="config">The configuration's full path.</param>
/// <param name="limits">Its script budget (the watchdog's deadlines derive from it).</param>
internal sealed class CoalescedChecks(RuleHostClient client, string config, ScriptConfiguration limits)
{
    // A monitor, not a Lock: a sender gathering documents waits on it, and each arrival may wake it.
    private readonly object _lock = new();
    private readonly List<Member> _queue = [];
    private bool _sending;
    private long _previousArrival;
    private long _lastArrival;

    /// <summary>The most documents one call carries (a bounded message, and a bounded deadline for a hang).</summary>
    public const int MaxBatch = 64;

    /// <summary>How many documents a sender waits for while documents stream in (<see cref="GatherWindow"/>).</summary>
    public const int GatherTarget = 4;

    /// <summary>
    /// Documents that arrive closer together than this are a stream, and a sender waits for
    /// <see cref="GatherTarget"/> of them at most this long: far less than a call costs a run in
    /// processor time, far less than a keystroke's budget (and a keystroke never waits: it comes alone).
    /// </summary>
    public static readonly TimeSpan GatherWindow = TimeSpan.FromMilliseconds(2);

    /// <summary>Runs <paramref name="batch"/> in the host with whatever other documents are waiting; its findings, or why the call failed.</summary>
    public (WireDiagnostic[]? Found, HostFailure? Failure) Check(PostBatch batch, CancellationToken cancellationToken)
    {
        var mine = new Member(batch);
        bool leads;
        lock (_lock)
        {
            _previousArrival = _lastArrival;
            _lastArrival = Stopwatch.GetTimestamp();
            _queue.Add(mine);
            if (_queue.Count == GatherTarget)
            {
                Monitor.PulseAll(_lock);
            }

            leads = !_sending;
            _sending = true;
        }

        if (!leads && !mine.WaitForAnswerOrTurn())
        {
            return mine.Answer();
        }

        List<Member> members;
        lock (_lock)
        {
            Gather();
            members = [.. _queue.Take(MaxBatch)];
            _queue.RemoveRange(0, members.Count);
        }

        Send(members, cancellationToken);
        lock (_lock)
        {
            // The next waiting document sends what has gathered meanwhile; the sender goes back to its own work.
            if (_queue.Count == 0)
            {
                _sending = false;
            }
            else
            {
                _queue[0].TakeTurn();
            }
        }

        return mine.Answer();
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
    /// One call that checks several documents (this class's and <see cref="StreamedChecks"/>'): each one's
    /// findings, in order, or why the call failed. Its deadline is twice the deadline of the largest
    /// document, not the sum, so a hang is found as soon as with a document or two alone. A shared call
    /// stopped early loses nothing: each document is checked again alone, with its own deadline, and only
    /// a (post, rule) at fault there is reported.
    /// </summary>
    public static (WireDiagnostic[][]? Found, HostFailure? Failure) CheckMany(RuleHostClient client, string config, ScriptConfiguration limits, PostBatch[] batches, CancellationToken cancellationToken)
    {
        var rules = batches.SelectMany(b => b.Rules).Distinct(StringComparer.Ordinal).ToList();
        var units = batches.Select(b => b.Posts.Length * b.Rules.Length).ToList();
        var deadline = RuleHostLimits.Deadline(limits.Budget, Math.Min(units.Sum(), 2 * units.Max()));
        var (found, failure) = client.Call(config, rules, h => h.CheckManyAsync(batches), deadline, cancellationToken);
        return found is { Length: var answers } && answers != batches.Length
            ? (null, new HostFailure(HostFailureKind.Failed, $"the rule host answered {answers} of {batches.Length} documents"))
            : (found, failure);
    }

    private void Send(List<Member> members, CancellationToken cancellationToken)
    {
        try
        {
            var (found, failure) = CheckMany(client, config, limits, [.. members.Select(m => m.Batch)], cancellationToken);

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
    }

    /// <summary>One document's call: its batch, then its answer or its turn to send (signalled once).</summary>
    private sealed class Member(PostBatch batch)
    {
        // A task, not a monitor: a pool thread blocked on Task.Wait tells the thread pool, which starts another worker meanwhile.
        private readonly TaskCompletionSource<bool> _turn = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private (WireDiagnostic[]? Found, HostFailure? Failure)? _answer;
        private ExceptionDispatchInfo? _error;

        public PostBatch Batch => batch;

        /// <summary>Waits; true when this member must send (its answer is not there yet).</summary>
        public bool WaitForAnswerOrTurn() => _turn.Task.Result;

        public void Answered(WireDiagnostic[]? found, HostFailure? failure)
        {
            _answer = (found, failure);
            _turn.TrySetResult(false);
        }

        public void Failed(ExceptionDispatchInfo error)
        {
            _error = error;
            _turn.TrySetResult(false);
        }

        public void TakeTurn() => _turn.TrySetResult(true);

        public (WireDiagnostic[]? Found, HostFailure? Failure) Answer()
        {
            _error?.Throw();
            return _answer ?? throw new InvalidOperationException("A coalesced rule-host call ended without answering one of its documents.");
        }
    }
}
