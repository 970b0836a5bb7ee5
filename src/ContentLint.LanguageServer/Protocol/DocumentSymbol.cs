namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>DocumentSymbol</c> (kind 8: field, 15: string, 19: object).</summary>
internal sealed record DocumentSymbol(string Name, int Kind, LspRange Range, LspRange SelectionRange)
{
    public string? Detail { get; init; }

    public IReadOnlyList<DocumentSymbol>? Children { get; init; }
}
