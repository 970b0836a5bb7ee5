using System.Globalization;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Diagnostics;

/// <summary>
/// Pull diagnostics (<c>textDocument/diagnostic</c>), offered only to clients that support them;
/// others get pushed diagnostics from <see cref="AnalysisScheduler"/>. The result ID is the
/// document version and the configuration generation, so an unchanged document answers "unchanged".
/// </summary>
internal sealed class DiagnosticsHandler(ServerContext context) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        client.SupportsPullDiagnostics
            ? capabilities with { DiagnosticProvider = new DiagnosticOptions("contentlint", InterFileDependencies: false, WorkspaceDiagnostics: false) }
            : capabilities;

    [JsonRpcMethod(LspMethods.Diagnostic)]
    public async Task<DocumentDiagnosticReport> DiagnosticAsync(DocumentDiagnosticParams parameters, CancellationToken cancellationToken)
    {
        context.EnsureRunning();
        var snapshot = RequestDocuments.Get(context, parameters?.TextDocument);
        var generation = context.Generation;
        var resultId = string.Create(CultureInfo.InvariantCulture, $"{generation}:{snapshot.Version}");
        if (parameters!.PreviousResultId == resultId)
        {
            return DocumentDiagnosticReport.Unchanged(resultId);
        }

        var analysis = await context.Scheduler.GetCurrentAsync(snapshot, cancellationToken).ConfigureAwait(true);
        var items = analysis.Result?.Findings.Select(f => LspConverter.ToDiagnostic(f, context.Locale)).ToList() ?? [];
        return DocumentDiagnosticReport.Full(resultId, items);
    }
}
