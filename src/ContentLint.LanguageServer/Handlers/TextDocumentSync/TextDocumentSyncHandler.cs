using ContentLint.Core.Configuration;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.TextDocumentSync;

/// <summary>
/// didOpen, didChange (incremental), didClose, didSave. Each runs synchronously on the protocol's
/// non-concurrent context, so the store sees changes in arrival order; linting is only scheduled here.
/// </summary>
internal sealed class TextDocumentSyncHandler(
    ServerLifecycle lifecycle, DocumentStore documents, AnalysisScheduler scheduler, ConfigurationReloader reloader, WorkspaceChecker checker, ServerLog log) : ILspHandler
{
    /// <summary>LSP <c>TextDocumentSyncKind.Incremental</c>.</summary>
    private const int Incremental = 2;

    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: Incremental, Save: new SaveOptions(IncludeText: false)) };

    [JsonRpcMethod(LspMethods.DidOpen)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (!lifecycle.IsRunning || parameters?.TextDocument is not { Uri: not null } document)
        {
            return;
        }

        var snapshot = new TextDocumentSnapshot(document.Uri, document.LanguageId ?? string.Empty, document.Version, document.Text ?? string.Empty);
        documents.Set(snapshot);
        checker.Opened(snapshot.Uri);
        scheduler.Schedule(snapshot);
    }

    [JsonRpcMethod(LspMethods.DidChange)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!lifecycle.IsRunning || parameters?.TextDocument?.Uri is not { } uri)
        {
            return;
        }

        if (documents.Get(uri) is not { } current)
        {
            log.Warning($"didChange for {uri}, which is not open: ignored.");
            return;
        }

        var (text, problems) = TextChangeApplier.Apply(current.Text, parameters.ContentChanges ?? []);
        foreach (var problem in problems)
        {
            log.Warning($"didChange for {uri} (version {parameters.TextDocument.Version}): {problem}; clamped to the document.");
        }

        var snapshot = current.With(parameters.TextDocument.Version ?? current.Version + 1, text);
        documents.Set(snapshot);
        scheduler.Schedule(snapshot);
    }

    [JsonRpcMethod(LspMethods.DidClose)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (!lifecycle.IsRunning || parameters?.TextDocument?.Uri is not { } uri)
        {
            return;
        }

        if (!documents.Remove(uri))
        {
            log.Warning($"didClose for {uri}, which is not open: ignored.");
            return;
        }

        scheduler.Close(uri);
    }

    [JsonRpcMethod(LspMethods.DidSave)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        // Content files are checked as they are typed; saving the configuration reloads it.
        if (lifecycle.IsRunning && parameters?.TextDocument?.Uri is { } uri && IsConfiguration(uri))
        {
            reloader.Reload();
        }
    }

    public static bool IsConfiguration(string uri) =>
        LintConfiguration.FileNames.Contains(Path.GetFileName(DocumentUris.ToPath(uri)), StringComparer.Ordinal);
}
