using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.PostStats;

/// <summary>
/// The counter's data. The server sends <c>contentlint/postStats</c> after each check of a document;
/// <c>contentlint/documentPostStats</c> returns the same on demand (a client that starts listening
/// late, or switches editors). Advertised as <c>experimental.postStats</c>.
/// </summary>
internal sealed class PostStatsHandler(ServerLifecycle lifecycle, DocumentStore documents, AnalysisScheduler scheduler, ClientSession client) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { Experimental = (capabilities.Experimental ?? new ExperimentalCapabilities()) with { PostStats = new PostStatsOptions(LspMethods.PostStats, LspMethods.DocumentPostStats) } };

    [JsonRpcMethod(LspMethods.DocumentPostStats)]
    public async Task<PostStatsParams> DocumentPostStatsAsync(TextDocumentParams parameters, CancellationToken cancellationToken)
    {
        lifecycle.EnsureRunning();
        var snapshot = RequestDocuments.Get(documents, parameters?.TextDocument);
        var analysis = await scheduler.GetCurrentAsync(snapshot, cancellationToken).ConfigureAwait(true);
        return PostStatsBuilder.Build(analysis, client.Locale);
    }
}
