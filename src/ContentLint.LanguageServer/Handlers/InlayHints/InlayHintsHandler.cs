using ContentLint.Core.Documents;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.InlayHints;

/// <summary>
/// <c>243/280</c> at the end of the last line of each post text (each thread part, each variant), so a long calendar
/// shows every count at a glance; a text published on several channels reads <c>x 243/280 · mastodon 251/500</c>;
/// one over its limit reads <c>⚠ 558/500 +58</c> (<see cref="HintText"/>).
/// </summary>
internal sealed class InlayHintsHandler(ServerLifecycle lifecycle, DocumentStore documents, AnalysisScheduler scheduler, ClientSession client) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { InlayHintProvider = true };

    [JsonRpcMethod(LspMethods.InlayHint)]
    public async Task<IReadOnlyList<InlayHint>> InlayHintAsync(RangeParams parameters, CancellationToken cancellationToken)
    {
        lifecycle.EnsureRunning();
        var snapshot = RequestDocuments.Get(documents, parameters?.TextDocument);
        var range = RequestPositions.GetOptional(parameters!.Range);
        var analysis = await scheduler.GetCurrentAsync(snapshot, cancellationToken).ConfigureAwait(true);
        var kind = analysis.Result?.Document?.Kind ?? DocumentKind.YamlCalendar;
        var hints = new List<InlayHint>();
        foreach (var group in analysis.Measures.GroupBy(HintPosition.AnchorOf).Where(g => g.Key is not null))
        {
            var end = LspConverter.ToPosition(analysis.Snapshot.Lines.GetPosition(HintPosition.Of(analysis.Snapshot.Text, group.Key!.Value, kind)));
            if (range is not null && (end.Line < range.Start.Line || end.Line > range.End.Line))
            {
                continue;
            }

            var measures = group.ToList();
            hints.Add(new InlayHint(end, HintText.Label(measures)) { PaddingLeft = true, Tooltip = HintText.Tooltip(measures, client.Locale) });
        }

        return hints;
    }
}
