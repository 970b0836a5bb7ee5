using ContentLint.Core.Diagnostics;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Handlers;
using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ContentLint.LanguageServer;

/// <summary>The server's state shared by the handlers: documents, linters, analysis, client and lifecycle.</summary>
internal sealed class ServerContext
{
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LinterProvider? _linters;

    public ServerContext(JsonRpc rpc, LanguageServerOptions options, ServerLog log)
    {
        Rpc = rpc;
        Options = options;
        Log = log;
        Debounce = options.Debounce;
        Publisher = new DiagnosticsPublisher(this);
        Scheduler = new AnalysisScheduler(this);
        Batch = new WorkspaceBatchRunner(this);
    }

    public JsonRpc Rpc { get; }

    public LanguageServerOptions Options { get; }

    public ServerLog Log { get; }

    public DocumentStore Documents { get; } = new();

    public AnalysisCache Cache { get; } = new();

    public AnalysisScheduler Scheduler { get; }

    public DiagnosticsPublisher Publisher { get; }

    /// <summary>Runs the batch rules over the workspace's post files in the background.</summary>
    public WorkspaceBatchRunner Batch { get; }

    public ClientCapabilities Client { get; private set; } = new();

    public ServerState State { get; private set; } = ServerState.Created;

    /// <summary>Delay before linting a changed document.</summary>
    public TimeSpan Debounce { get; set; }

    /// <summary>Incremented at each configuration reload, so that pull-diagnostic result IDs change with it.</summary>
    public int Generation { get; private set; }

    /// <summary>Diagnostics are pushed unless the client pulls them (one channel, or editors show them twice).</summary>
    public bool PushDiagnostics => !Client.SupportsPullDiagnostics;

    public LinterProvider Linters => _linters ?? throw NotInitialized();

    /// <summary>Every handler, for <c>initialize</c> to collect their capabilities.</summary>
    public IReadOnlyList<ILspHandler> Handlers { get; set; } = [];

    /// <summary>Completes on <c>exit</c>; true when <c>shutdown</c> came first (exit code 0).</summary>
    public Task Exit => _exit.Task;

    public bool IsRunning => State == ServerState.Running;

    /// <summary>Raised after <c>initialized</c>, when the server may send requests to the client.</summary>
    public event Action? Initialized;

    /// <summary>Language of rule titles and messages: the client's <c>locale</c>, English when it sends none or an unknown one.</summary>
    public string Locale { get; private set; } = MessageLocale.English;

    public void Initialize(InitializeParams parameters)
    {
        Locale = MessageLocale.TryParse(parameters.Locale, out var locale) ? locale : MessageLocale.English;
        Client = parameters.Capabilities ?? new ClientCapabilities();
        var settings = ServerSettings.Read(parameters.InitializationOptions);
        if (settings.DebounceMs is { } ms)
        {
            Debounce = TimeSpan.FromMilliseconds(ms);
        }

        Log.Trace = parameters.Trace ?? "off";
        _linters = new LinterProvider(new WorkspaceOptions(settings.Scripts ?? true, Options.ExtraRules), Log);
        _linters.Loaded += Publisher.PublishConfiguration;
        State = ServerState.Running;
    }

    public void OnInitialized() => Initialized?.Invoke();

    public void Shutdown()
    {
        State = ServerState.ShutDown;
        Scheduler.CancelAll();
    }

    public void RequestExit() => _exit.TrySetResult();

    /// <summary>Throws the LSP error for a request that arrives before <c>initialize</c> or after <c>shutdown</c>.</summary>
    public void EnsureRunning()
    {
        if (State == ServerState.Created)
        {
            throw NotInitialized();
        }

        if (State == ServerState.ShutDown)
        {
            throw new LocalRpcException("The server is shutting down.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }

    /// <summary>Reloads every configuration, publishes their findings (empty for one that is gone) and re-lints open documents.</summary>
    public void ReloadConfiguration()
    {
        Generation++;
        var previous = Linters.Invalidate();
        var current = Documents.All.SelectMany(d => Linters.GetLinter(d.Path).PublishedPaths).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in previous.Where(p => !current.Contains(p)))
        {
            Publisher.PublishEmpty(DocumentUris.FromPath(gone), version: null);
        }

        Log.Info($"Configuration reloaded; re-checking {Documents.All.Count()} open document(s).");
        Scheduler.RelintAll();
        Batch.Schedule();
        Publisher.RequestRefresh();
    }

    private static LocalRpcException NotInitialized() =>
        new("The server has not been initialized.") { ErrorCode = LspErrorCodes.ServerNotInitialized };
}
