using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.LanguageServer.Documents;

/// <summary>One version of an open document. Immutable: a lint run keeps the snapshot it started with.</summary>
internal sealed class TextDocumentSnapshot
{
    private LineMap? _lines;

    public TextDocumentSnapshot(string uri, string languageId, int version, string text)
    {
        Uri = uri;
        LanguageId = languageId;
        Version = version;
        Text = text;
        Path = DocumentUris.ToPath(uri);
    }

    public string Uri { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public string Text { get; }

    /// <summary>The local path (for <c>file:</c> URIs), else the URI itself: the linter chooses the parser by its name.</summary>
    public string Path { get; }

    public LineMap Lines => _lines ??= new LineMap(Text);

    public TextDocumentSnapshot With(int version, string text) => new(Uri, LanguageId, version, text);

    /// <summary>The snapshot as the engine's document.</summary>
    public SourceDocument ToSource() => new(Path, Text);
}
