using System.Buffers;
using System.Text;
using System.Text.Json;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ContentLint.LanguageServer;

/// <summary>
/// StreamJsonRpc's System.Text.Json formatter that, when it cannot read a request whose id it can
/// read (params that are a number, a string, a boolean…), keeps the answer that request is owed, so
/// that <see cref="LenientMessageHandler"/> sends it instead of leaving the client waiting forever.
/// </summary>
internal sealed class LspMessageFormatter : SystemTextJsonFormatter, IJsonRpcMessageTextFormatter
{
    public LspMessageFormatter() => JsonSerializerOptions = LspJson.Options;

    /// <summary>The error response owed to the last message that could not be read, or null.</summary>
    public JsonRpcError? OwedAnswer { get; private set; }

    JsonRpcMessage IJsonRpcMessageTextFormatter.Deserialize(ReadOnlySequence<byte> contentBuffer, Encoding encoding)
    {
        OwedAnswer = null;
        try
        {
            return Deserialize(contentBuffer, encoding);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            OwedAnswer = AnswerTo(contentBuffer);
            throw;
        }
    }

    private JsonRpcError? AnswerTo(ReadOnlySequence<byte> content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("id", out var id) || Id(id) is not { } requestId)
            {
                return null; // A notification, or an id no answer could name.
            }

            var paramsOnly = root.TryGetProperty("method", out var method) && method.ValueKind == JsonValueKind.String
                && root.TryGetProperty("params", out var parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
            var answer = ((IJsonRpcMessageFactory)this).CreateErrorMessage();
            answer.RequestId = requestId;
            answer.Error = paramsOnly
                ? new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidParams, Message = "Invalid parameters: params must be an object." }
                : new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.InvalidRequest, Message = "Invalid request: the message is not a JSON-RPC request this server can read." };
            return answer;
        }
        catch (JsonException)
        {
            return null; // Not JSON at all: nothing names the request.
        }
    }

    private static RequestId? Id(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.Number when id.TryGetInt64(out var number) => new RequestId(number),
        JsonValueKind.String => new RequestId(id.GetString()),
        _ => null,
    };
}
