using ContentLint.LanguageServer.Protocol;

namespace ContentLint.LanguageServer.Handlers;

/// <summary>
/// The capabilities <c>initialize</c> answers, collected from every handler. The handlers are set once
/// they are all built (the lifecycle handler, which needs this, is one of them).
/// </summary>
internal sealed class HandlerCapabilities
{
    private IReadOnlyList<ILspHandler> _handlers = [];

    public void SetHandlers(IReadOnlyList<ILspHandler> handlers) => _handlers = handlers;

    public ServerCapabilities For(ClientCapabilities client) =>
        _handlers.Aggregate(new ServerCapabilities(), (capabilities, handler) => handler.Contribute(capabilities, client));
}
