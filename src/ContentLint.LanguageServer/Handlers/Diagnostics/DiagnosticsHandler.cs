using System.Globalization;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Pull diagnostics (<c>textDocument/diagnostic</c>), offered only to clients that support them;
/// others get pushed diagnostics from <see cref="AnalysisScheduler"/>. The result ID is the
/// document version and the configuration generation, so an unchanged document answers "unchanged".
/// </summary>
internal sealed class DiagnosticsHandler(ServerLifecycle lifecycle, DocumentStore documents, AnalysisScheduler scheduler, ConfigurationReloader reloader, ClientSession client) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        client.SupportsPullDiagnostics
            ? capabilities with { DiagnosticProvider = new DiagnosticOptions("contentlint", InterFileDependencies: false, WorkspaceDiagnostics: false) }
            : capabilities;

    [JsonRpcMethod(LspMethods.Diagnostic)]
    public async Task<DocumentDiagnosticReport> DiagnosticAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        lifecycle.EnsureRunning();
        var snapshot = RequestDocuments.Get(documents, parameters?.TextDocument);
        var generation = reloader.Generation;
        var resultId = string.Create(CultureInfo.InvariantCulture, $"{generation}:{snapshot.Version}");
        if (parameters!.PreviousResultId == resultId)
        {
            return DocumentDiagnosticReport.Unchanged(resultId);
        }

        var analysis = await scheduler.GetCurrentAsync(snapshot, cancellationToken).ConfigureAwait(true);
        var items = analysis.Result is { } result ? FindingRows.ToDiagnostics(result.Findings, client.Locale) : [];
        return DocumentDiagnosticReport.Full(resultId, items);
    }
}
