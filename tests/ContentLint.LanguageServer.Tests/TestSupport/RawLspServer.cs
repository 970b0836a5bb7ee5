using Nerdbank.Streams;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>An in-process server reached through raw framed JSON (see <see cref="FramedJsonConnection"/>), already initialized.</summary>
internal sealed class RawLspServer : IAsyncDisposable
{
    private readonly LanguageServerHost _host;
    private int _nextId = 1000;

    private RawLspServer()
    {
        var (client, server) = FullDuplexStream.CreatePair();
        _host = new LanguageServerHost(server, server, new LanguageServerOptions());
        _host.Start();
        Connection = new FramedJsonConnection(client, client);
    }

    public FramedJsonConnection Connection { get; }

    public static async Task<RawLspServer> StartAsync()
    {
        var server = new RawLspServer();
        await server.RequestAsync("initialize", """{"processId":null,"rootUri":null,"capabilities":{},"initializationOptions":{"debounceMs":0}}""");
        await server.Connection.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        return server;
    }

    public Task<System.Text.Json.Nodes.JsonNode> RequestAsync(string method, string? paramsJson) =>
        Connection.RequestAsync(Interlocked.Increment(ref _nextId), method, paramsJson);

    public Task NotifyAsync(string method, string paramsJson) =>
        Connection.SendAsync($"{{\"jsonrpc\":\"2.0\",\"method\":\"{method}\",\"params\":{paramsJson}}}");

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
