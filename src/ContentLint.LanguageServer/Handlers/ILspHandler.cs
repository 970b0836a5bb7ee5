using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Handlers;

/// <summary>
/// Marks a handler: a class whose public methods carry <c>[JsonRpcMethod]</c> for one feature. Every
/// implementation in this assembly is found and registered (no list to keep up to date); each adds
/// the capability its methods implement, and only when they do.
/// </summary>
internal interface ILspHandler
{
    /// <summary>The capabilities with this handler's part filled in, given what the client supports.</summary>
    ServerCapabilities Contribute(ServerCapabilities capabilities, ClientCapabilities client);
}
