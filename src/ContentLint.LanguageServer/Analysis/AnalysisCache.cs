using System.Collections.Concurrent;
using ContentLint.LanguageServer.Documents;

namespace ContentLint.LanguageServer.Analysis;

/// <summary>The last analysis of each open document: code actions and hovers read it instead of re-linting.</summary>
internal sealed class AnalysisCache
{
    private readonly ConcurrentDictionary<string, DocumentAnalysis> _byUri = new(StringComparer.Ordinal);

    public DocumentAnalysis? Get(string uri) => _byUri.GetValueOrDefault(uri);

    /// <summary>The cached analysis of exactly <paramref name="snapshot"/>, or null when it is older (or missing).</summary>
    public DocumentAnalysis? Get(TextDocumentSnapshot snapshot) =>
        _byUri.TryGetValue(snapshot.Uri, out var analysis) && ReferenceEquals(analysis.Snapshot, snapshot) ? analysis : null;

    public void Set(DocumentAnalysis analysis) => _byUri[analysis.Snapshot.Uri] = analysis;

    public void Remove(string uri) => _byUri.TryRemove(uri, out _);

    public void Clear() => _byUri.Clear();
}
