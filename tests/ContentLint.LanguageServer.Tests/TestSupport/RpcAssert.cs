using StreamJsonRpc;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>Asserts on JSON-RPC error responses, whatever exception type StreamJsonRpc maps their code to.</summary>
internal static class RpcAssert
{
    public static async Task ErrorAsync(int code, Func<Task> request)
    {
        var error = await Assert.ThrowsAnyAsync<RemoteRpcException>(request);
        var actual = error switch
        {
            RemoteInvocationException invocation => invocation.ErrorCode,
            RemoteMethodNotFoundException notFound => (int)notFound.ErrorCode,
            _ => throw new Xunit.Sdk.XunitException($"Unexpected {error.GetType().Name}: {error.Message}"),
        };
        Assert.True(code == actual, $"Expected JSON-RPC error {code}, got {actual}: {error.Message}");
    }
}
