using ContentLint.LanguageServer.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ContentLint.LanguageServer;

/// <summary>
/// StreamJsonRpc's connection with LSP's error codes and plain messages: parameters that do not
/// deserialize are InvalidParams, other failures InternalError, and no error carries a .NET exception
/// (type, message lines, stack trace) to the client. See <see cref="ClientErrors"/>.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, ServerLog log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception) =>
        ClientErrors.FromException(request.Method, exception, log);

    protected override ValueTask SendAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        if (message is JsonRpcError { Error: { } error })
        {
            ClientErrors.Sanitize(error);
        }

        return base.SendAsync(message, cancellationToken);
    }
}
