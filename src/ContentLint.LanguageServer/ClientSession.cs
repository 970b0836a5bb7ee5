using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer;

/// <summary>What the client said about itself in <c>initialize</c>: its capabilities and workspace folders.</summary>
internal sealed class ClientSession
{
    public ClientCapabilities Capabilities { get; private set; } = new();

    /// <summary>The workspace folders (URIs), or the root URI of a client without folders; empty when it named none.</summary>
    public IReadOnlyList<string> WorkspaceFolders { get; private set; } = [];

    /// <summary>Diagnostics are pushed unless the client pulls them (one channel, or editors show them twice).</summary>
    public bool PushDiagnostics => !Capabilities.SupportsPullDiagnostics;

    public void Initialize(InitializeParams parameters)
    {
        Capabilities = parameters.Capabilities ?? new ClientCapabilities();
        WorkspaceFolders = parameters.WorkspaceFolders is { Count: > 0 } folders
            ? [.. folders.Select(f => f?.Uri).OfType<string>()]
            : parameters.RootUri is { } root ? [root] : [];
    }
}
