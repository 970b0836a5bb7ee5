using System.Text.Json;
using ContentLint.LanguageServer.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ContentLint.LanguageServer;

/// <summary>
/// LSP base protocol framing that survives a malformed message: StreamJsonRpc ends the connection
/// when a message cannot be deserialized; here the message is skipped (its bytes were consumed),
/// and logged (stderr and <c>window/logMessage</c>). A request whose id could be read is answered with
/// an error; otherwise no parse-error response is sent: its id would be null, which some clients
/// (StreamJsonRpc among them) take as a broken connection.
/// </summary>
internal sealed class LenientMessageHandler(Stream sendingStream, Stream receivingStream, LspMessageFormatter formatter)
    : HeaderDelimitedMessageHandler(sendingStream, receivingStream, formatter)
{
    public ServerLog? Log { get; set; }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException
                && !cancellationToken.IsCancellationRequested)
            {
                Log?.Warning($"Malformed message skipped: {ex.Message}");
                if (formatter.OwedAnswer is { } answer)
                {
                    await WriteAsync(answer, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
