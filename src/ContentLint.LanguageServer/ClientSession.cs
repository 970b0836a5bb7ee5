using ContentLint.Core.Diagnostics;
using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer;

/// <summary>What the client said about itself in <c>initialize</c>: its capabilities, workspace folders and locale.</summary>
internal sealed class ClientSession
{
    public ClientCapabilities Capabilities { get; private set; } = new();

    /// <summary>The workspace folders (URIs), or the root URI of a client without folders; empty when it named none.</summary>
    public IReadOnlyList<string> WorkspaceFolders { get; private set; } = [];

    /// <summary>Diagnostics are pushed unless the client pulls them (one channel, or editors show them twice).</summary>
    public bool PushDiagnostics => !Capabilities.SupportsPullDiagnostics;

    /// <summary>Language of rule titles and messages: the client's <c>locale</c>, English when it sends none or an unknown one.</summary>
    public string Locale { get; private set; } = MessageLocale.English;

    public void Initialize(InitializeParams parameters)
    {
        Locale = MessageLocale.TryParse(parameters.Locale, out var locale) ? locale : MessageLocale.English;
        Capabilities = parameters.Capabilities ?? new ClientCapabilities();
        WorkspaceFolders = parameters.WorkspaceFolders is { Count: > 0 } folders
            ? [.. folders.Select(f => f?.Uri).OfType<string>()]
            : parameters.RootUri is { } root ? [root] : [];
    }
}
