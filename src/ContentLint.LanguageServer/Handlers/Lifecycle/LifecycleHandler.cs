using System.Reflection;
using ContentLint.LanguageServer.Analysis;
using ContentLint.LanguageServer.Logging;
using ContentLint.LanguageServer.Protocol;
using ContentLint.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Lifecycle;

/// <summary>
/// <c>initialize</c> (capabilities collected from every handler), <c>initialized</c>, <c>shutdown</c>,
/// <c>exit</c> and <c>$/setTrace</c>. <c>$/cancelRequest</c> is StreamJsonRpc's own cancellation
/// method: it cancels the token of the request it names.
/// </summary>
internal sealed class LifecycleHandler(
    ServerLifecycle lifecycle, ClientSession client, HandlerCapabilities capabilities, LinterProvider linters, AnalysisScheduler scheduler, ServerLog log) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) => capabilities;

    [JsonRpcMethod(LspMethods.Initialize)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        if (lifecycle.State != ServerState.Created)
        {
            throw new LocalRpcException("initialize may be sent only once.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }

        parameters ??= new InitializeParams();
        client.Initialize(parameters);
        var settings = ServerSettings.Read(parameters.InitializationOptions);
        if (settings.DebounceMs is { } ms)
        {
            scheduler.Debounce = TimeSpan.FromMilliseconds(ms);
        }

        log.Trace = parameters.Trace ?? "off";
        linters.Initialize(settings.Scripts ?? true);
        lifecycle.MarkRunning();
        var version = typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        log.Info($"Initialized (debounce {scheduler.Debounce.TotalMilliseconds} ms, {(client.PushDiagnostics ? "push" : "pull")} diagnostics, scripts {(linters.Options.ScriptsEnabled ? "on" : "off")}).");
        return new InitializeResult(capabilities.For(client.Capabilities), new ServerInfo("contentlint", version.Split('+')[0]));
    }

    [JsonRpcMethod(LspMethods.Initialized)]
    public void Initialized()
    {
        if (lifecycle.IsRunning)
        {
            lifecycle.OnInitialized();
        }
    }

    [JsonRpcMethod(LspMethods.Shutdown)]
    public object? Shutdown()
    {
        lifecycle.EnsureRunning();
        lifecycle.MarkShutDown();
        scheduler.CancelAll();
        return null;
    }

    [JsonRpcMethod(LspMethods.Exit)]
    public void Exit() => lifecycle.RequestExit();

    [JsonRpcMethod(LspMethods.SetTrace)]
    public void SetTrace(SetTraceParams parameters) => log.Trace = parameters?.Value ?? "off";
}
