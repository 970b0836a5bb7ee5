namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>WorkspaceEdit</c>: versioned <see cref="DocumentChanges"/> when the client supports them, else <see cref="Changes"/>.</summary>
internal sealed record WorkspaceEdit
{
    public IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>>? Changes { get; init; }

    public IReadOnlyList<TextDocumentEdit>? DocumentChanges { get; init; }
}
