using ContentLint.Core.Configuration;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
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

    private readonly ServerLifecycle _lifecycle;
    private readonly ClientSession _client;
    private readonly ClientConnection _connection;
    private readonly AnalysisScheduler _scheduler;
    private readonly ConfigurationReloader _reloader;
    private readonly ServerLog _log;

    public WorkspaceHandler(ServerLifecycle lifecycle, ClientSession client, ClientConnection connection, AnalysisScheduler scheduler, ConfigurationReloader reloader, ServerLog log)
    {
        _lifecycle = lifecycle;
        _client = client;
        _connection = connection;
        _scheduler = scheduler;
        _reloader = reloader;
        _log = log;
        lifecycle.Initialized += () => _ = RegisterWatchersAsync();
    }

    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) => capabilities;

    [JsonRpcMethod(LspMethods.DidChangeWatchedFiles)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (_lifecycle.IsRunning && (parameters?.Changes ?? []).Any(c => c?.Uri is { } uri && IsWatched(uri)))
        {
            _reloader.Reload();
        }
    }

    [JsonRpcMethod(LspMethods.DidChangeConfiguration)]
    public void DidChangeConfiguration(DidChangeConfigurationParams parameters)
    {
        if (!_lifecycle.IsRunning)
        {
            return;
        }

        if (ServerSettings.Read(parameters?.Settings).DebounceMs is { } ms)
        {
            _scheduler.Debounce = TimeSpan.FromMilliseconds(ms);
        }

        _reloader.Reload();
    }

    private static bool IsWatched(string uri)
    {
        var path = DocumentUris.ToPath(uri).Replace('\\', '/');
        return LintConfiguration.FileNames.Contains(Path.GetFileName(path), StringComparer.Ordinal) || path.Contains("/rules/", StringComparison.Ordinal);
    }

    private async Task RegisterWatchersAsync()
    {
        if (_client.Capabilities.Workspace?.DidChangeWatchedFiles?.DynamicRegistration != true)
        {
            return;
        }

        var options = new DidChangeWatchedFilesRegistrationOptions([.. WatchedGlobs.Select(g => new Protocol.FileSystemWatcher(g))]);
        var registration = new RegistrationParams([new Registration("contentlint-watchers", LspMethods.DidChangeWatchedFiles, options)]);
        try
        {
            await _connection.RequestAsync(LspMethods.RegisterCapability, registration).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RemoteInvocationException or ConnectionLostException or ObjectDisposedException)
        {
            _log.Warning($"The client refused to watch contentlint.yaml and rules/ ({ex.Message}); reload happens on save.");
        }
    }
}
