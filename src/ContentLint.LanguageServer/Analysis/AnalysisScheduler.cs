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
internal sealed class AnalysisScheduler
{
    private readonly ConcurrentDictionary<string, DocumentRuns> _runs = new(StringComparer.Ordinal);
    private readonly DocumentStore _documents;
    private readonly AnalysisCache _cache;
    private readonly LinterProvider _linters;
    private readonly WorkspaceBatchRunner _batch;
    private readonly DiagnosticsPublisher _publisher;
    private readonly ServerLog _log;
    private readonly Action<string, int>? _checkCancelled;

    public AnalysisScheduler(DocumentStore documents, AnalysisCache cache, LinterProvider linters, WorkspaceBatchRunner batch, DiagnosticsPublisher publisher, ServerLog log, LanguageServerOptions options)
    {
        _documents = documents;
        _cache = cache;
        _linters = linters;
        _batch = batch;
        _publisher = publisher;
        _log = log;
        _checkCancelled = options.CheckCancelled;
        Debounce = options.Debounce;
        batch.OpenDocumentChanged += snapshot =>
        {
            _cache.Remove(snapshot.Uri);
            Schedule(snapshot);
        };
    }

    /// <summary>Delay before linting a changed document (the client's <c>debounceMs</c>, else the host's default).</summary>
    public TimeSpan Debounce { get; set; }

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
        _cache.Remove(uri);
        _ = CloseAsync(uri, runs);
    }

    public void RelintAll()
    {
        _cache.Clear();
        foreach (var document in _documents.All)
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
        if (_cache.Get(snapshot) is { } cached)
        {
            return cached;
        }

        var analysis = await Task.Run(() => Analyze(snapshot, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (_documents.IsCurrent(snapshot))
        {
            _cache.Set(analysis);
        }

        return analysis;
    }

    private DocumentAnalysis Analyze(TextDocumentSnapshot snapshot, CancellationToken cancellationToken) =>
        DocumentAnalyzer.Analyze(snapshot, _linters.GetLinter(snapshot.Path), cancellationToken, _batch.For(snapshot.Path, snapshot.Text));

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
                if (token.IsCancellationRequested || !_documents.IsCurrent(snapshot))
                {
                    return;
                }

                _cache.Set(analysis);
                await _publisher.PublishAsync(analysis).ConfigureAwait(false);
                if (_log.IsVerboseEnabled)
                {
                    _log.Verbose(string.Create(CultureInfo.InvariantCulture, $"Checked {snapshot.Uri} (version {snapshot.Version}): {analysis.Result?.Findings.Length ?? 0} findings in {elapsed.TotalMilliseconds:F1} ms, published after {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms"));
                }

                if (analysis.Workspace.Linter.HasBatchRules && _batch.For(snapshot.Path, snapshot.Text) is null)
                {
                    _batch.Schedule(); // The document changed since the last workspace run.
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
            _checkCancelled?.Invoke(snapshot.Uri, snapshot.Version);
        }
        catch (Exception ex)
        {
            _log.Error($"Checking {snapshot.Uri} (version {snapshot.Version}) failed: {ex}");
        }
    }

    private async Task CloseAsync(string uri, DocumentRuns runs)
    {
        await runs.Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_documents.Get(uri) is null)
            {
                _cache.Remove(uri);
                _runs.TryRemove(new KeyValuePair<string, DocumentRuns>(uri, runs));
                if (!_linters.PublishesOn(DocumentUris.ToPath(uri)))
                {
                    // A configuration or rule file keeps its findings when closed.
                    await _publisher.PublishEmptyAsync(uri, version: null).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            runs.Gate.Release();
        }
    }
}
