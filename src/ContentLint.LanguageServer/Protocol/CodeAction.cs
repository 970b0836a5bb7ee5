namespace ContentLint.LanguageServer.Protocol;

/// <summary>LSP <c>CodeAction</c> with its edit computed up front.</summary>
internal sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit)
{
    public IReadOnlyList<LspDiagnostic>? Diagnostics { get; init; }

    public bool? IsPreferred { get; init; }
}
