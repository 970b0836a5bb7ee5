namespace ContentLint.LanguageServer.Protocol;

/// <summary>The client's <c>workspace</c> capabilities (the subset read).</summary>
internal sealed record WorkspaceClientCapabilities
{
    public DynamicRegistrationCapability? DidChangeWatchedFiles { get; init; }

    public WorkspaceEditClientCapabilities? WorkspaceEdit { get; init; }

    public RefreshCapability? Diagnostics { get; init; }

    public RefreshCapability? InlayHint { get; init; }
}
