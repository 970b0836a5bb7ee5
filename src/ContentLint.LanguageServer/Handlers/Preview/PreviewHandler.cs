using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Preview;

/// <summary>
/// <c>contentlint/preview</c>: the post under the cursor as each of its channels publishes it (the fold,
/// thread parts with their counts, shortened links, hashtags, mentions, findings), from the same analysis
/// as the diagnostics. Null when the document has no post. Listed in <c>experimental.requests</c>.
/// </summary>
internal sealed class PreviewHandler(ServerLifecycle lifecycle, DocumentStore documents, AnalysisScheduler scheduler, ClientSession client) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        ExperimentalCapabilities.AddRequest(capabilities, LspMethods.Preview);

    [JsonRpcMethod(LspMethods.Preview)]
    public async Task<PostPreview?> PreviewAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        lifecycle.EnsureRunning();
        var snapshot = RequestDocuments.Get(documents, parameters?.TextDocument);
        var position = RequestPositions.Get(parameters!.Position);
        var analysis = await scheduler.GetCurrentAsync(snapshot, cancellationToken).ConfigureAwait(true);
        return PreviewBuilder.Build(analysis, LspConverter.ToOffset(snapshot.Lines, position), client.Locale);
    }
}
