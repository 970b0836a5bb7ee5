using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentLint.Core.Rules;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>An LSP client in the test process, talking to a server over an in-memory duplex stream.</summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly Stream _clientStream;
    private readonly StringWriter _serverLog = new();

    private LspTestClient(IEnumerable<PostRule>? extraRules, Action<string, int>? checkCancelled = null)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        _clientStream = client;
        Host = new LanguageServerHost(server, server, new LanguageServerOptions
        {
            Log = TextWriter.Synchronized(_serverLog),
            ExtraRules = extraRules is null ? null : () => extraRules,
            CheckCancelled = checkCancelled,
        });
        Host.Start();
        var formatter = new SystemTextJsonFormatter { JsonSerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) };
        Rpc = new JsonRpc(new HeaderDelimitedMessageHandler(client, client, formatter));
        Rpc.AddLocalRpcTarget(new TestClientTarget(Listener));
        Rpc.StartListening();
    }

    public LanguageServerHost Host { get; }

    public JsonRpc Rpc { get; }

    public NotificationListener Listener { get; } = new();

    public string ServerLog => _serverLog.ToString();

    /// <summary>Starts a server and initializes it (debounce 0 unless given), with push diagnostics unless <paramref name="capabilities"/> says otherwise.</summary>
    public static async Task<LspTestClient> StartAsync(object? capabilities = null, object? initializationOptions = null, IEnumerable<PostRule>? extraRules = null, Action<string, int>? checkCancelled = null, string? locale = null)
    {
        var client = new LspTestClient(extraRules, checkCancelled);
        await client.InitializeAsync(capabilities, initializationOptions ?? new { debounceMs = 0 }, locale);
        return client;
    }

    /// <summary>A server that has not been initialized yet.</summary>
    public static LspTestClient Create(IEnumerable<PostRule>? extraRules = null) => new(extraRules);

    /// <summary>Sends <c>initialize</c> (with the client's display language when <paramref name="locale"/> is given) and <c>initialized</c>.</summary>
    public async Task<JsonElement> InitializeAsync(object? capabilities, object? initializationOptions, string? locale = null)
    {
        var result = await RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = capabilities ?? new { }, initializationOptions, locale });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public Task<JsonElement> RequestAsync(string method, object? parameters) =>
        Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters).WaitAsync(NotificationListener.Timeout);

    public Task<JsonElement> RequestAsync(string method, object? parameters, CancellationToken cancellationToken) =>
        Rpc.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, cancellationToken).WaitAsync(NotificationListener.Timeout);

    public Task NotifyAsync(string method, object? parameters) => Rpc.NotifyWithParameterObjectAsync(method, parameters);

    /// <summary>Opens a document and returns the index after which its notifications arrive.</summary>
    public async Task<int> OpenAsync(string uri, string text, int version = 1, string languageId = "markdown")
    {
        var mark = Listener.Count;
        await NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });
        return mark;
    }

    public Task ChangeAsync(string uri, int version, params object[] changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    /// <summary>An incremental change replacing the range by <paramref name="text"/>.</summary>
    public static object Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text };

    public Task<JsonElement> DiagnosticsAsync(string uri, int? version = null, int after = 0) =>
        Listener.WaitAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri
            && (version is null || (p.TryGetProperty("version", out var v) && v.GetInt32() == version)), after);

    public Task<JsonElement> PostStatsAsync(string uri, int version, int after = 0) =>
        Listener.WaitAsync("contentlint/postStats", p => p.GetProperty("uri").GetString() == uri && p.GetProperty("version").GetInt32() == version, after);

    /// <summary>Sends bytes as they are, framed or not: what a broken client might send.</summary>
    public async Task SendRawAsync(string body, bool framed = true)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var header = framed ? Encoding.ASCII.GetBytes($"Content-Length: {bytes.Length}\r\n\r\n") : [];
        await _clientStream.WriteAsync(header.Concat(bytes).ToArray());
        await _clientStream.FlushAsync();
    }

    /// <summary>The server still answers: a completion request on a fresh document.</summary>
    public async Task AssertAliveAsync()
    {
        var uri = $"file:///alive/{Guid.NewGuid():N}.md";
        await OpenAsync(uri, "---\nchannel: x\n---\nHello\n");
        var result = await RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line = 1, character = 0 } });
        Assert.NotEmpty(result.GetProperty("items").EnumerateArray());
    }

    public static string[] Codes(JsonElement publish) =>
        [.. publish.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()!)];

    public static JsonNode Json(JsonElement element) => JsonNode.Parse(element.GetRawText())!;

    public async ValueTask DisposeAsync()
    {
        Rpc.Dispose();
        await Host.DisposeAsync();
    }
}
