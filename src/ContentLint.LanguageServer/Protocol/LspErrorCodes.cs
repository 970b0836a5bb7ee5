namespace ContentLint.LanguageServer.Protocol;

/// <summary>JSON-RPC and LSP error codes the server returns.</summary>
internal static class LspErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;
    public const int InternalError = -32603;
    public const int ServerNotInitialized = -32002;
}
