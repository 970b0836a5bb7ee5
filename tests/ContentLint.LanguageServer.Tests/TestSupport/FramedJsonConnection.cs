using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentLint.LanguageServer.Tests.TestSupport;

/// <summary>
/// LSP base-protocol framing on raw streams: sends any JSON text (null params, arrays…, what a typed
/// client cannot send) and reads messages exactly as they are on the wire.
/// </summary>
/// <param name="toServer">The server's input.</param>
/// <param name="fromServer">The server's output; anything on it that is not a framed message fails the test.</param>
internal sealed class FramedJsonConnection(Stream toServer, Stream fromServer)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public Task SendAsync(object message) => SendAsync(JsonSerializer.Serialize(message));

    public async Task SendAsync(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        await toServer.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await toServer.WriteAsync(body);
        await toServer.FlushAsync();
    }

    /// <summary>Sends a request whose params are <paramref name="paramsJson"/> as written (null: no params member) and returns its response.</summary>
    public async Task<JsonNode> RequestAsync(int id, string method, string? paramsJson)
    {
        var members = $"\"jsonrpc\":\"2.0\",\"id\":{id.ToString(CultureInfo.InvariantCulture)},\"method\":{JsonSerializer.Serialize(method)}";
        await SendAsync(paramsJson is null ? $"{{{members}}}" : $"{{{members},\"params\":{paramsJson}}}");
        return await ReadUntilAsync(m => m["method"] is null && m["id"] is JsonValue value && value.TryGetValue<int>(out var answered) && answered == id);
    }

    /// <summary>Reads framed messages until one matches.</summary>
    public async Task<JsonNode> ReadUntilAsync(Func<JsonNode, bool> match)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        while (true)
        {
            var header = new StringBuilder();
            var buffer = new byte[1];
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await fromServer.ReadAsync(buffer, cancellation.Token) == 0)
                {
                    throw new EndOfStreamException("The server closed its output. Header so far: " + header);
                }

                header.Append((char)buffer[0]);
            }

            Assert.StartsWith("Content-Length: ", header.ToString());
            var length = int.Parse(header.ToString()["Content-Length: ".Length..].Trim(), CultureInfo.InvariantCulture);
            var body = new byte[length];
            await fromServer.ReadExactlyAsync(body, cancellation.Token);
            var message = JsonNode.Parse(body)!;
            if (match(message))
            {
                return message;
            }
        }
    }
}
