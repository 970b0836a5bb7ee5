using ContentLint.Core.Configuration;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Workspace;

/// <summary>
/// Configuration hot reload: <c>workspace/didChangeWatchedFiles</c> on <c>contentlint.yaml</c> or
/// <c>rules/</c>, and <c>workspace/didChangeConfiguration</c> (which may also change <c>debounceMs</c>),
/// reload the configuration and re-check open documents. Clients that register watchers dynamically
/// are asked to watch those files after <c>initialized</c>.
/// </summary>
internal sealed class WorkspaceHandler : ILspHandler
{
    /// <summary>What the server asks the client to watch.</summary>
    public static readonly IReadOnlyList<string> WatchedGlobs = ["**/contentlint.yaml", "**/contentlint.yml", "**/rules/**"];

    private readonly ServerContext _context;

    public WorkspaceHandler(ServerContext context)
    {
        _context = context;
        context.Initialized += () => _ = RegisterWatchersAsync();
    }

    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) => capabilities;

    [JsonRpcMethod(LspMethods.DidChangeWatchedFiles)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (_context.IsRunning && (parameters?.Changes ?? []).Any(c => c?.Uri is { } uri && IsWatched(uri)))
        {
            _context.ReloadConfiguration();
        }
    }

    [JsonRpcMethod(LspMethods.DidChangeConfiguration)]
    public void DidChangeConfiguration(DidChangeConfigurationParams parameters)
    {
        if (!_context.IsRunning)
        {
            return;
        }

        if (ServerSettings.Read(parameters?.Settings).DebounceMs is { } ms)
        {
            _context.Debounce = TimeSpan.FromMilliseconds(ms);
        }

        _context.ReloadConfiguration();
    }

    private static bool IsWatched(string uri)
    {
        var path = DocumentUris.ToPath(uri).Replace('\\', '/');
        return LintConfiguration.FileNames.Contains(Path.GetFileName(path), StringComparer.Ordinal) || path.Contains("/rules/", StringComparison.Ordinal);
    }

    private async Task RegisterWatchersAsync()
    {
        if (_context.Client.Workspace?.DidChangeWatchedFiles?.DynamicRegistration != true)
        {
            return;
        }

        var options = new DidChangeWatchedFilesRegistrationOptions([.. WatchedGlobs.Select(g => new Protocol.FileSystemWatcher(g))]);
        var registration = new RegistrationParams([new Registration("contentlint-watchers", LspMethods.DidChangeWatchedFiles, options)]);
        try
        {
            await _context.Rpc.InvokeWithParameterObjectAsync<object?>(LspMethods.RegisterCapability, registration).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            _context.Log.Warning($"The client refused to watch contentlint.yaml and rules/ ({ex.Message}); reload happens on save.");
        }
    }
}
