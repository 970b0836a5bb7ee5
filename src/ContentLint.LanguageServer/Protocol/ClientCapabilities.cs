namespace ContentLint.LanguageServer.Protocol;

/// <summary>The client's capabilities (the subset read).</summary>
internal sealed record ClientCapabilities
{
    public TextDocumentClientCapabilities? TextDocument { get; init; }

    public WorkspaceClientCapabilities? Workspace { get; init; }

    /// <summary>True when the client pulls diagnostics (<c>textDocument/diagnostic</c>).</summary>
    public bool SupportsPullDiagnostics => TextDocument?.Diagnostic is not null;
}
