using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ContentLint.LanguageServer;

/// <summary>StreamJsonRpc's connection with LSP's error codes: parameters that do not deserialize are InvalidParams, not a generic failure.</summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var details = base.CreateErrorDetails(request, exception);
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JsonException)
            {
                details.Code = JsonRpcErrorCode.InvalidParams;
                break;
            }
        }

        return details;
    }
}
