using ContentLint.Core.Configuration;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.TextDocumentSync;

/// <summary>
/// didOpen, didChange (incremental), didClose, didSave. Each runs synchronously on the protocol's
/// non-concurrent context, so the store sees changes in arrival order; linting is only scheduled here.
/// </summary>
internal sealed class TextDocumentSyncHandler(ServerContext context) : ILspHandler
{
    /// <summary>LSP <c>TextDocumentSyncKind.Incremental</c>.</summary>
    private const int Incremental = 2;

    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: Incremental, Save: new SaveOptions(IncludeText: false)) };

    [JsonRpcMethod(LspMethods.DidOpen)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (!context.IsRunning || parameters?.TextDocument is not { Uri: not null } document)
        {
            return;
        }

        var snapshot = new TextDocumentSnapshot(document.Uri, document.LanguageId ?? string.Empty, document.Version, document.Text ?? string.Empty);
        context.Documents.Set(snapshot);
        context.Scheduler.Schedule(snapshot);
    }

    [JsonRpcMethod(LspMethods.DidChange)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (!context.IsRunning || parameters?.TextDocument?.Uri is not { } uri)
        {
            return;
        }

        if (context.Documents.Get(uri) is not { } current)
        {
            context.Log.Warning($"didChange for {uri}, which is not open: ignored.");
            return;
        }

        var (text, problems) = TextChangeApplier.Apply(current.Text, parameters.ContentChanges ?? []);
        foreach (var problem in problems)
        {
            context.Log.Warning($"didChange for {uri} (version {parameters.TextDocument.Version}): {problem}; clamped to the document.");
        }

        var snapshot = current.With(parameters.TextDocument.Version ?? current.Version + 1, text);
        context.Documents.Set(snapshot);
        context.Scheduler.Schedule(snapshot);
    }

    [JsonRpcMethod(LspMethods.DidClose)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (!context.IsRunning || parameters?.TextDocument?.Uri is not { } uri)
        {
            return;
        }

        if (!context.Documents.Remove(uri))
        {
            context.Log.Warning($"didClose for {uri}, which is not open: ignored.");
            return;
        }

        context.Scheduler.Close(uri);
    }

    [JsonRpcMethod(LspMethods.DidSave)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        // Content files are checked as they are typed; saving the configuration reloads it.
        if (context.IsRunning && parameters?.TextDocument?.Uri is { } uri && IsConfiguration(uri))
        {
            context.ReloadConfiguration();
        }
    }

    public static bool IsConfiguration(string uri) =>
        LintConfiguration.FileNames.Contains(Path.GetFileName(DocumentUris.ToPath(uri)), StringComparer.Ordinal);
}
