namespace ContentLint.LanguageServer.Analysis;

/// <summary>A document's current run: its cancellation, and the gate its publications go through.</summary>
internal sealed class DocumentRuns
{
    private CancellationTokenSource _current = new();

    /// <summary>Held while checking that a result is current and publishing it.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Cancels the current run and returns the token of the next one.</summary>
    public CancellationToken Restart()
    {
        var next = new CancellationTokenSource();
        var previous = Interlocked.Exchange(ref _current, next);
        // Not disposed: the superseded run may still be registering on its token.
        previous.Cancel();
        return next.Token;
    }

    public void Cancel() => Volatile.Read(ref _current).Cancel();
}
