using System.Text;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Hover;

/// <summary>
/// Hover on a finding: the rule's ID, title, the message, its documentation and a link. Hover on a
/// channel name (<c>channel:</c>, <c>channels:</c> or a <c>variants:</c> key): count, limit and method
/// of the text published there.
/// </summary>
internal sealed class HoverHandler(ServerLifecycle lifecycle, DocumentStore documents, AnalysisScheduler scheduler, ClientSession client) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { HoverProvider = true };

    [JsonRpcMethod(LspMethods.Hover)]
    public async Task<Protocol.Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        lifecycle.EnsureRunning();
        var snapshot = RequestDocuments.Get(documents, parameters?.TextDocument);
        var position = RequestPositions.Get(parameters!.Position);
        var analysis = await scheduler.GetCurrentAsync(snapshot, cancellationToken).ConfigureAwait(true);
        var offset = LspConverter.ToOffset(snapshot.Lines, position);
        var markdown = new StringBuilder();
        LspRange? range = null;
        foreach (var finding in analysis.Result?.Findings ?? [])
        {
            if (finding.Span.Contains(offset) || (finding.Span.IsEmpty && finding.Span.Start == offset))
            {
                range ??= LspConverter.ToRange(finding.Position);
                HoverText.AppendFinding(markdown, finding, client.Locale);
            }
        }

        if (analysis.Result?.Document is { } document && HoverText.ChannelAt(document, offset) is { } channel)
        {
            var channels = analysis.Workspace.Linter.Channels;
            var measures = analysis.Measures.Where(m => ReferenceEquals(m.Post, channel.Post)
                && string.Equals(m.Measurement.Channel.Name, channels.Resolve(channel.Name.Value), StringComparison.OrdinalIgnoreCase));
            range ??= LspConverter.ToRange(snapshot.Lines, channel.Name.Span);
            HoverText.AppendChannel(markdown, channel.Name.Value, channels.Find(channel.Name.Value), measures);
        }

        return markdown.Length == 0 ? null : new Protocol.Hover(MarkupContent.Markdown(markdown.ToString().TrimEnd()), range);
    }
}
