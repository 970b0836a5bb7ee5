using System.Text.Json;

namespace ContentLint.LanguageServer.Protocol;

/// <summary><c>initialize</c> parameters (the subset read).</summary>
internal sealed record InitializeParams
{
    public int? ProcessId { get; init; }

    public string? RootUri { get; init; }

    public IReadOnlyList<WorkspaceFolder>? WorkspaceFolders { get; init; }

    public ClientCapabilities? Capabilities { get; init; }

    /// <summary>Read leniently by <see cref="ServerSettings"/>: a client may send anything here.</summary>
    public JsonElement? InitializationOptions { get; init; }

    public string? Trace { get; init; }

    /// <summary>The client's display language (LSP 3.16), such as VS Code's <c>fr</c> or <c>en-us</c>.</summary>
    public string? Locale { get; init; }
}
