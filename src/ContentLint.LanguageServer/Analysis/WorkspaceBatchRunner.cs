using System.Collections.Concurrent;
using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Engine;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Workspace;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>
/// Runs the batch rules (promotional share per week, address form across a persona…) over every post
/// file of each configuration's folder, in the background, some time after the last change. Open
/// documents are taken from the editor, others from disk. Open documents whose batch findings changed
/// are re-checked (their analysis merges the findings while their text is unchanged); closed files get
/// their batch findings published directly, and an empty publish when they no longer have any.
/// </summary>
internal sealed class WorkspaceBatchRunner(DocumentStore documents, LinterProvider linters, DiagnosticsPublisher publisher, ClientSession client, ServerLog log)
{
    private readonly ConcurrentDictionary<string, BatchFindings> _findings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _publishedClosed = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private CancellationTokenSource _current = new();

    /// <summary>How long after the last change a workspace run starts.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(750);

    /// <summary>Raised after each completed workspace run (tests await it).</summary>
    public event Action? Completed;

    /// <summary>Raised for an open document whose batch findings changed: it must be checked again to show them.</summary>
    public event Action<TextDocumentSnapshot>? OpenDocumentChanged;

    /// <summary>The batch findings of <paramref name="path"/> if they were computed on exactly <paramref name="text"/>.</summary>
    public BatchFindings? For(string path, string text) =>
        _findings.TryGetValue(path, out var found) && string.Equals(found.Text, text, StringComparison.Ordinal) ? found : null;

    /// <summary>Schedules a workspace run, cancelling a pending or running one.</summary>
    public void Schedule()
    {
        CancellationToken token;
        lock (_lock)
        {
            _current.Cancel();
            _current.Dispose();
            _current = new CancellationTokenSource();
            token = _current.Token;
        }

        _ = RunAsync(token);
    }

    private async Task RunAsync(CancellationToken token)
    {
        try
        {
            await Task.Delay(Delay, token).ConfigureAwait(false);
            await Task.Run(() => Run(token), token).ConfigureAwait(false);
            Completed?.Invoke();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // A newer change restarted the run.
        }
        catch (Exception ex)
        {
            log.Error($"Workspace batch run failed: {ex}");
        }
    }

    private void Run(CancellationToken token)
    {
        var open = documents.All.ToDictionary(d => d.Path, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workspace in linters.All.Where(w => w.ConfigPath is not null && w.Linter.HasBatchRules))
        {
            var linter = workspace.Linter;
            var analyses = new List<FileAnalysis>();
            // The files this configuration is nearest to: a nested contentlint.yaml has its own batch.
            var files = ContentFileFinder.Find(linter.Configuration, Path.GetDirectoryName(workspace.ConfigPath)!)
                .Where(p => ConfigurationDiscovery.ConfigFileFor(p) == workspace.ConfigPath);
            foreach (var path in files)
            {
                token.ThrowIfCancellationRequested();
                var source = open.TryGetValue(path, out var snapshot) ? snapshot.ToSource() : linter.LoadFile(path, path).Document;
                if (source is not null)
                {
                    analyses.Add(linter.Analyze(source, token));
                }
            }

            var batched = linter.RunBatch(analyses, token);
            for (var i = 0; i < batched.Length; i++)
            {
                var added = batched[i].Diagnostics.RemoveRange(0, analyses[i].Diagnostics.Length);
                var path = analyses[i].Source.Path;
                seen.Add(path);
                Update(path, new BatchFindings(analyses[i].Source.Text, added), open.GetValueOrDefault(path), linter, batched[i]);
            }
        }

        foreach (var gone in _findings.Keys.Where(k => !seen.Contains(k)).ToList())
        {
            _findings.TryRemove(gone, out _);
            if (_publishedClosed.TryRemove(gone, out _))
            {
                publisher.PublishEmpty(DocumentUris.FromPath(gone), version: null);
            }
        }
    }

    private void Update(string path, BatchFindings findings, TextDocumentSnapshot? open, Linter linter, FileAnalysis batched)
    {
        var previous = _findings.GetValueOrDefault(path);
        _findings[path] = findings;
        var changed = previous is null ? !findings.Diagnostics.IsEmpty : !previous.Diagnostics.SequenceEqual(findings.Diagnostics);
        if (!changed)
        {
            return;
        }

        if (open is not null)
        {
            OpenDocumentChanged?.Invoke(open);
            return;
        }

        // A closed file: publish only what the batch rules found on it.
        var batchIds = findings.Diagnostics.Select(d => d.Rule.Id).ToHashSet(StringComparer.Ordinal);
        var result = linter.Finish(batched);
        var diagnostics = result.Findings.Where(f => batchIds.Contains(f.RuleId)).Select(f => LspConverter.ToDiagnostic(f, client.Locale)).ToList();
        _publishedClosed[path] = diagnostics.Count > 0;
        _ = publisher.PublishAsync(DocumentUris.FromPath(path), null, diagnostics);
    }
}
