using System.Text.Json;
using ContentLint.LanguageServer.Logging;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ContentLint.LanguageServer;

/// <summary>
/// LSP base protocol framing that survives a malformed message: StreamJsonRpc ends the connection
/// when a message cannot be deserialized; here the message is skipped (its bytes were consumed),
/// logged, and answered with a JSON-RPC parse error (id null, as the specification asks).
/// </summary>
internal sealed class LenientMessageHandler(Stream sendingStream, Stream receivingStream, SystemTextJsonFormatter formatter)
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
                await ReportAsync(ex, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ReportAsync(Exception ex, CancellationToken cancellationToken)
    {
        var error = ((IJsonRpcMessageFactory)Formatter).CreateErrorMessage();
        error.RequestId = default;
        error.Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = $"Malformed message: {ex.Message}" };
        try
        {
            await WriteAsync(error, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception writeError) when (writeError is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client is gone; the read loop ends on its own.
        }
    }
}
