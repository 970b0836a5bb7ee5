using ContentLint.LanguageServer.Logging;
using StreamJsonRpc;

namespace ContentLint.LanguageServer;

/// <summary>
/// What the server sends to the client: notifications (dropped once the connection is closed, the
/// log says so) and requests. The only component that holds the JSON-RPC connection besides the host.
/// </summary>
internal sealed class ClientConnection(JsonRpc rpc, ServerLog log)
{
    public async Task NotifyAsync(string method, object parameters)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or IOException)
        {
            log.Verbose($"{method} not sent: the connection is closed.");
        }
    }

    /// <summary>Sends a request; throws what StreamJsonRpc throws when the client refuses it or the connection is gone.</summary>
    public Task<object?> RequestAsync(string method, object? parameters = null) =>
        rpc.InvokeWithParameterObjectAsync<object?>(method, parameters);
}
