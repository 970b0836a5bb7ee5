using System.Reflection;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers.Lifecycle;

/// <summary>
/// <c>initialize</c> (capabilities collected from every handler), <c>initialized</c>, <c>shutdown</c>,
/// <c>exit</c> and <c>$/setTrace</c>. <c>$/cancelRequest</c> is StreamJsonRpc's own cancellation
/// method: it cancels the token of the request it names.
/// </summary>
internal sealed class LifecycleHandler(ServerContext context) : ILspHandler
{
    public ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client) => capabilities;

    [JsonRpcMethod(LspMethods.Initialize)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        if (context.State != ServerState.Created)
        {
            throw new LocalRpcException("initialize may be sent only once.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }

        context.Initialize(parameters ?? new InitializeParams());
        var capabilities = context.Handlers.Aggregate(new ServerCapabilities(), (c, h) => h.Contribute(c, context.Client));
        var version = typeof(LifecycleHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        context.Log.Info($"Initialized (debounce {context.Debounce.TotalMilliseconds} ms, {(context.PushDiagnostics ? "push" : "pull")} diagnostics, scripts {(context.Linters.Options.ScriptsEnabled ? "on" : "off")}).");
        return new InitializeResult(capabilities, new ServerInfo("contentlint", version.Split('+')[0]));
    }

    [JsonRpcMethod(LspMethods.Initialized)]
    public void Initialized()
    {
        if (context.IsRunning)
        {
            context.OnInitialized();
        }
    }

    [JsonRpcMethod(LspMethods.Shutdown)]
    public object? Shutdown()
    {
        context.EnsureRunning();
        context.Shutdown();
        return null;
    }

    [JsonRpcMethod(LspMethods.Exit)]
    public void Exit() => context.RequestExit();

    [JsonRpcMethod(LspMethods.SetTrace)]
    public void SetTrace(SetTraceParams parameters) => context.Log.Trace = parameters?.Value ?? "off";
}
