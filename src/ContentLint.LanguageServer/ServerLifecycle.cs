using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer;

/// <summary>Where the server is in the LSP lifecycle, and the errors of requests sent at the wrong time.</summary>
internal sealed class ServerLifecycle
{
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ServerState State { get; private set; } = ServerState.Created;

    public bool IsRunning => State == ServerState.Running;

    /// <summary>Completes on <c>exit</c>.</summary>
    public Task Exit => _exit.Task;

    /// <summary>Raised after <c>initialized</c>, when the server may send requests to the client.</summary>
    public event Action? Initialized;

    public void MarkRunning() => State = ServerState.Running;

    public void OnInitialized() => Initialized?.Invoke();

    public void MarkShutDown() => State = ServerState.ShutDown;

    public void RequestExit() => _exit.TrySetResult();

    /// <summary>Throws the LSP error for a request that arrives before <c>initialize</c> or after <c>shutdown</c>.</summary>
    public void EnsureRunning()
    {
        if (State == ServerState.Created)
        {
            throw new LocalRpcException("The server has not been initialized.") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        }

        if (State == ServerState.ShutDown)
        {
            throw new LocalRpcException("The server is shutting down.") { ErrorCode = LspErrorCodes.InvalidRequest };
        }
    }
}
