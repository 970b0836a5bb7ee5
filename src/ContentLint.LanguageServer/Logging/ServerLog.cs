using System.Globalization;
using ContentLint.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ContentLint.LanguageServer.Logging;

/// <summary>
/// The server's log: messages up to <paramref name="stderrLevel"/> (1 error … 4 debug) to stderr (never
/// stdout: it carries the protocol), and warnings and errors — everything with <c>$/setTrace verbose</c> —
/// to the client as <c>window/logMessage</c>.
/// </summary>
internal sealed class ServerLog(TextWriter? stderr, int stderrLevel = 3)
{
    private readonly Lock _writeLock = new();
    private JsonRpc? _rpc;

    /// <summary>The LSP trace level (<c>off</c>, <c>messages</c>, <c>verbose</c>).</summary>
    public string Trace { get; set; } = "off";

    /// <summary>Messages sent to the client from now on (after <c>initialize</c>).</summary>
    public void Attach(JsonRpc rpc) => _rpc = rpc;

    public void Error(string message) => Write(1, message);

    public void Warning(string message) => Write(2, message);

    public void Info(string message) => Write(3, message);

    public void Verbose(string message) => Write(4, message);

    /// <summary>True when a verbose message goes anywhere: callers on a hot path skip formatting it otherwise.</summary>
    public bool IsVerboseEnabled => (stderr is not null && stderrLevel >= 4) || Trace == "verbose";

    private void Write(int type, string message)
    {
        var level = type switch { 1 => "error", 2 => "warn", 3 => "info", _ => "debug" };
        if (stderr is not null && type <= stderrLevel)
        {
            lock (_writeLock)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[contentlint {level}] {message}"));
                stderr.Flush();
            }
        }

        if (_rpc is { IsDisposed: false } rpc && (type <= 2 || Trace == "verbose"))
        {
            _ = SendAsync(rpc, new LogMessageParams(type, message));
        }
    }

    private static async Task SendAsync(JsonRpc rpc, LogMessageParams message)
    {
        try
        {
            await rpc.NotifyWithParameterObjectAsync(LspMethods.LogMessage, message).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or IOException)
        {
            // The client is gone: stderr already has the message.
        }
    }
}
