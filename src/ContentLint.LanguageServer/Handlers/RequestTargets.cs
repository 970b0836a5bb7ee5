using ContentLint.LanguageServer.Documents;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Handlers;

/// <summary>The file or folder a workspace request is about: the URI it names, else the first workspace folder.</summary>
internal static class RequestTargets
{
    /// <summary>The local path (or, for an unsaved document, the URI as it is); InvalidParams when there is none.</summary>
    public static string Path(ClientSession client, string? uri) =>
        DocumentUris.ToPath(uri ?? client.WorkspaceFolders.FirstOrDefault()
            ?? throw new LocalRpcException("The request names no uri, and the client named no workspace folder.") { ErrorCode = LspErrorCodes.InvalidParams });
}
