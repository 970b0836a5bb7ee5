using System.Diagnostics;
using System.Globalization;
using System.Collections.Concurrent;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Workspace;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>
/// Lints documents after changes, off the protocol's context: one run per document at a time, after
/// the debounce, with a fresh cancellation per change. A superseded run is cancelled, and a result is
/// published only while its snapshot is still the open version, under a per-document gate, so an
/// older version is never published after a newer one.
/// </summary>
internal sealed class AnalysisScheduler(
    DocumentStore documents, AnalysisCache cache, LinterProvider linters, WorkspaceBatchRunner batch, DiagnosticsPublisher publisher, ServerLog log, LanguageServerOptions options)
{
    private readonly ConcurrentDictionary<string, DocumentRuns> _runs = new(StringComparer.Ordinal);

    /// <summary>Delay before linting a changed document (the client's <c>debounceMs</c>, else the host's default).</summary>
    public TimeSpan Debounce { get; set; } = options.Debounce;

    /// <summary>Checks an open document again although its text did not change (its workspace batch findings did).</summary>
    public void Recheck(TextDocumentSnapshot snapshot)
    {
        cache.Remove(snapshot.Uri);
        Schedule(snapshot);
    }

    /// <summary>Starts a run for <paramref name="snapshot"/>, cancelling the document's previous one. Returns at once.</summary>
    public void Schedule(TextDocumentSnapshot snapshot)
    {
        var runs = _runs.GetOrAdd(snapshot.Uri, _ => new DocumentRuns());
        var token = runs.Restart();
        _ = RunAsync(snapshot, runs, Debounce, token);
    }

    /// <summary>Cancels the document's run, forgets its last analysis and publishes empty diagnostics (the document was closed).</summary>
    public void Close(string uri)
    {
        var runs = _runs.GetOrAdd(uri, _ => new DocumentRuns());
        runs.Cancel();
        // A closed document's text and findings may be hundreds of megabytes: dropped now, not after the run stops.
        cache.Remove(uri);
        _ = CloseAsync(uri, runs);
    }

    public void RelintAll()
    {
        cache.Clear();
        foreach (var document in documents.All)
        {
            Schedule(document);
        }
    }

    public void CancelAll()
    {
        foreach (var runs in _runs.Values)
        {
            runs.Cancel();
        }
    }

    /// <summary>The analysis of <paramref name="snapshot"/>: the cached one, else a run now (for requests that need the current version).</summary>
    public async Task<DocumentAnalysis> GetCurrentAsync(TextDocumentSnapshot snapshot, CancellationToken cancellationToken)
    {
        if (cache.Get(snapshot) is { } cached)
        {
            return cached;
        }

        var analysis = await Task.Run(() => Analyze(snapshot, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (documents.IsCurrent(snapshot))
        {
            cache.Set(analysis);
        }

        return analysis;
    }

    private DocumentAnalysis Analyze(TextDocumentSnapshot snapshot, CancellationToken cancellationToken) =>
        DocumentAnalyzer.Analyze(snapshot, linters.GetLinter(snapshot.Path), cancellationToken, batch.For(snapshot.Path, snapshot.Text));

    private async Task RunAsync(TextDocumentSnapshot snapshot, DocumentRuns runs, TimeSpan debounce, CancellationToken token)
    {
        try
        {
            if (debounce > TimeSpan.Zero)
            {
                await Task.Delay(debounce, token).ConfigureAwait(false);
            }

            var started = Stopwatch.GetTimestamp();
            var analysis = await Task.Run(() => Analyze(snapshot, token), token).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(started);
            await runs.Gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                if (token.IsCancellationRequested || !documents.IsCurrent(snapshot))
                {
                    return;
                }

                cache.Set(analysis);
                await publisher.PublishAsync(analysis).ConfigureAwait(false);
                if (log.IsVerboseEnabled)
                {
                    log.Verbose(string.Create(CultureInfo.InvariantCulture, $"Checked {snapshot.Uri} (version {snapshot.Version}): {analysis.Result?.Findings.Length ?? 0} findings in {elapsed.TotalMilliseconds:F1} ms, published after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms"));
                }

                if (analysis.Workspace.Linter.HasBatchRules && batch.For(snapshot.Path, snapshot.Text) is null)
                {
                    batch.Schedule(); // The document changed since the last workspace run.
                }
            }
            finally
            {
                runs.Gate.Release();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Superseded by a newer change, closed, or shut down: nothing to publish.
            options.CheckCancelled?.Invoke(snapshot.Uri, snapshot.Version);
        }
        catch (Exception ex)
        {
            log.Error($"Checking {snapshot.Uri} (version {snapshot.Version}) failed: {ex}");
        }
    }

    private async Task CloseAsync(string uri, DocumentRuns runs)
    {
        await runs.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (documents.Get(uri) is null)
            {
                cache.Remove(uri);
                _runs.TryRemove(new KeyValuePair<string, DocumentRuns>(uri, runs));
                if (!linters.PublishesOn(DocumentUris.ToPath(uri)))
                {
                    // A configuration or rule file keeps its findings when closed.
                    await publisher.PublishEmptyAsync(uri, version: null).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            runs.Gate.Release();
        }
    }
}
