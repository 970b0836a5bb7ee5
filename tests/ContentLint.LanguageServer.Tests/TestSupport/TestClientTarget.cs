using System.Text.Json;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>The client side of the tests: records what the server sends, answers its requests.</summary>
public sealed class TestClientTarget
{
    private readonly NotificationListener _listener;

    internal TestClientTarget(NotificationListener listener) => _listener = listener;

    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(JsonElement parameters) => _listener.Add("textDocument/publishDiagnostics", parameters);

    [JsonRpcMethod("contentlint/postStats", UseSingleObjectParameterDeserialization = true)]
    public void PostStats(JsonElement parameters) => _listener.Add("contentlint/postStats", parameters);

    [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
    public void LogMessage(JsonElement parameters) => _listener.Add("window/logMessage", parameters);

    [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
    public object? RegisterCapability(JsonElement parameters)
    {
        _listener.Add("client/registerCapability", parameters);
        return null;
    }

    [JsonRpcMethod("workspace/diagnostic/refresh")]
    public object? DiagnosticRefresh()
    {
        _listener.Add("workspace/diagnostic/refresh", default);
        return null;
    }

    [JsonRpcMethod("workspace/inlayHint/refresh")]
    public object? InlayHintRefresh()
    {
        _listener.Add("workspace/inlayHint/refresh", default);
        return null;
    }
}
