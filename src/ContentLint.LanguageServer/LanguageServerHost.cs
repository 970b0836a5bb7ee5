using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Handlers;
using ContentLint.LanguageServer.Workspace;
using ContentLint.LanguageServer.Logging;
using StreamJsonRpc;

namespace ContentLint.LanguageServer;

/// <summary>
/// The language server on a pair of streams: LSP base protocol (Content-Length headers), JSON with
/// System.Text.Json, every handler registered. Messages are dispatched one at a time, in order.
/// </summary>
public sealed class LanguageServerHost : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly ServerLifecycle _lifecycle = new();
    private readonly AnalysisScheduler _scheduler;
    private LinterProvider? _linters;

    /// <summary>Creates the server on <paramref name="input"/> (client → server) and <paramref name="output"/>; call <see cref="Start"/>.</summary>
    public LanguageServerHost(Stream input, Stream output, LanguageServerOptions options)
    {
        var formatter = new LspMessageFormatter();
        var handler = new LenientMessageHandler(output, input, formatter);
        var log = new ServerLog(options.Log, options.LogLevel);
        _rpc = new LspJsonRpc(handler, log)
        {
            // StreamJsonRpc dispatches concurrently by default: didChange notifications must apply in order.
            SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        handler.Log = log;
        var capabilities = new HandlerCapabilities();
        var handlers = HandlerRegistry.Create(Compose(options, log, capabilities, out _scheduler));
        capabilities.SetHandlers(handlers);
        // Only [JsonRpcMethod] methods are exposed: a handler's other public members are not protocol methods.
        foreach (var (target, method, attribute) in HandlerRegistry.Methods(handlers))
        {
            _rpc.AddLocalRpcMethod(method, target, new JsonRpcMethodAttribute(attribute.Name) { UseSingleObjectParameterDeserialization = true });
        }

        log.Attach(_rpc);
    }

    /// <summary>Completes when the client sends <c>exit</c> or the connection closes.</summary>
    public Task Completion => Task.WhenAny(_rpc.Completion, _lifecycle.Exit);

    /// <summary>The LSP exit code: 0 when <c>shutdown</c> came before <c>exit</c> (or the stream ended after it), else 1.</summary>
    public int ExitCode => _lifecycle.State == ServerState.ShutDown ? 0 : 1;

    /// <summary>Starts reading messages.</summary>
    public void Start() => _rpc.StartListening();

    /// <summary>Runs a server on the streams until <c>exit</c> or the end of input; returns the exit code.</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options, CancellationToken cancellationToken = default)
    {
        await using var host = new LanguageServerHost(input, output, options);
        host.Start();
        await host.Completion.WaitAsync(cancellationToken).ConfigureAwait(false);
        return host.ExitCode;
    }

    /// <summary>
    /// The composition root: every component the handlers may ask for in their constructors, each built
    /// with what it uses. Handlers receive them through <see cref="HandlerRegistry.Create"/>.
    /// </summary>
    private object[] Compose(LanguageServerOptions options, ServerLog log, HandlerCapabilities capabilities, out AnalysisScheduler scheduler)
    {
        var client = new ClientSession();
        var documents = new DocumentStore();
        var cache = new AnalysisCache();
        var linters = _linters = new LinterProvider(log, options);
        var connection = new ClientConnection(_rpc, log);
        var publisher = new DiagnosticsPublisher(client, linters, connection, log);
        linters.Loaded += publisher.PublishConfiguration;
        var batch = new WorkspaceBatchRunner(documents, linters, publisher, client, log);
        scheduler = new AnalysisScheduler(documents, cache, linters, batch, publisher, log, options);
        batch.OpenDocumentChanged += scheduler.Recheck;
        var reloader = new ConfigurationReloader(documents, linters, scheduler, batch, publisher, log);
        var checker = new WorkspaceChecker(documents, linters, publisher, client);
        return [_lifecycle, client, documents, cache, linters, connection, publisher, batch, scheduler, reloader, checker, capabilities, log, options];
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _scheduler.CancelAll();
        _rpc.Dispose();
        _linters?.Dispose();
        return ValueTask.CompletedTask;
    }
}
