using System.Globalization;
using ContentLint.Core.Documents;
using ContentLint.Core.Text;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.DocumentSymbols;

/// <summary>The outline of a calendar (or a Markdown post): one symbol per post, named by its ID, with channel and count/limit.</summary>
internal sealed class DocumentSymbolsHandler(ServerLifecycle lifecycle, DocumentStore documents, AnalysisScheduler scheduler) : ILspHandler
{
    /// <summary>LSP <c>SymbolKind.Event</c>: a post is something that happens at its publication time.</summary>
    private const int EventKind = 24;

    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities with { DocumentSymbolProvider = true };

    [JsonRpcMethod(LspMethods.DocumentSymbol)]
    public async Task<IReadOnlyList<DocumentSymbol>> DocumentSymbolAsync(TextDocumentParams parameters, CancellationToken cancellationToken)
    {
        lifecycle.EnsureRunning();
        var snapshot = RequestDocuments.Get(documents, parameters?.TextDocument);
        var analysis = await scheduler.GetCurrentAsync(snapshot, cancellationToken).ConfigureAwait(true);
        var posts = analysis.Result?.Document?.Posts ?? [];
        var lines = snapshot.Lines;
        return [.. posts.Select(post =>
        {
            var range = LspConverter.ToRange(lines, post.Span);
            var selection = post.Fields.TryGetValue("id", out var id) && post.Span.Contains(id.ValueSpan)
                ? LspConverter.ToRange(lines, id.ValueSpan)
                : LspConverter.ToRange(lines, new TextSpan(post.Span.Start, 0));
            return new DocumentSymbol(post.Id, EventKind, range, selection) { Detail = Detail(post, analysis) };
        })];
    }

    /// <summary><c>x 243/280 · mastodon 251/500</c> (the longest part of a thread), then the publication time.</summary>
    private static string Detail(Post post, DocumentAnalysis analysis)
    {
        var counts = analysis.Measures.Where(m => ReferenceEquals(m.Post, post))
            .GroupBy(m => (m.Measurement.Channel.Name, m.IsVariant))
            .Select(g => g.MaxBy(m => m.Measurement.Count - m.Measurement.Limit)!)
            .Select(m => $"{m.Measurement.Channel.Name}{(m.IsVariant ? " (variant)" : string.Empty)} {m.Measurement.Ratio}");
        var detail = string.Join(" · ", counts);
        return post.PublishAt is { } at ? $"{detail} — {at.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}" : detail;
    }
}
