using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Logging;

namespace ContentLint.LanguageServer.Workspace;

/// <summary>Reloads every configuration after a change to a configuration or rule file, or to the client's settings.</summary>
internal sealed class ConfigurationReloader(DocumentStore documents, LinterProvider linters, AnalysisScheduler scheduler, WorkspaceBatchRunner batch, DiagnosticsPublisher publisher, ServerLog log)
{
    /// <summary>Incremented at each reload, so that pull-diagnostic result IDs change with it.</summary>
    public int Generation { get; private set; }

    /// <summary>Reloads every configuration, publishes their findings (empty for one that is gone) and re-lints open documents.</summary>
    public void Reload()
    {
        Generation++;
        var previous = linters.Invalidate();
        var current = documents.All.SelectMany(d => linters.GetLinter(d.Path).PublishedPaths).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in previous.Where(p => !current.Contains(p)))
        {
            publisher.PublishEmpty(DocumentUris.FromPath(gone), version: null);
        }

        log.Info($"Configuration reloaded; re-checking {documents.All.Count()} open document(s).");
        scheduler.RelintAll();
        batch.Schedule();
        publisher.RequestRefresh();
    }
}
