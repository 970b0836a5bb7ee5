using System.Collections.Immutable;

namespace ContentLint.LanguageServer.Documents;

/// <summary>
/// The open documents. Mutated only by the text-synchronisation handler, on the protocol's
/// non-concurrent context, so changes apply in arrival order; read from any thread (an immutable
/// map swapped atomically).
/// </summary>
internal sealed class DocumentStore
{
    private ImmutableDictionary<string, TextDocumentSnapshot> _documents = ImmutableDictionary<string, TextDocumentSnapshot>.Empty;

    public IEnumerable<TextDocumentSnapshot> All => _documents.Values;

    public TextDocumentSnapshot? Get(string uri) => _documents.GetValueOrDefault(uri);

    public void Set(TextDocumentSnapshot snapshot) => ImmutableInterlocked.Update(ref _documents, d => d.SetItem(snapshot.Uri, snapshot));

    public bool Remove(string uri) => ImmutableInterlocked.TryRemove(ref _documents, uri, out _);

    /// <summary>True when <paramref name="snapshot"/> is still the open version of its document.</summary>
    public bool IsCurrent(TextDocumentSnapshot snapshot) => ReferenceEquals(Get(snapshot.Uri), snapshot);
}
