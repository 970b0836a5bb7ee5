using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ContentLint.Bench.LspTyping;

/// <summary>The real <c>contentlint lsp</c> process and a minimal framed-JSON client, as an editor talks to it.</summary>
internal sealed partial class LspProcess : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;

    public LspProcess(string dll, string? cacheDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (cacheDirectory is not null)
        {
            start.Environment["CONTENTLINT_CACHE_DIR"] = cacheDirectory;
        }

        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--log-level");
        start.ArgumentList.Add("debug");
        _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        // The server's log: drained, and its timing lines kept (the server's own share of each latency).
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && CheckedLine().Match(line) is { Success: true } m)
            {
                ServerTimes[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] =
                    (double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
            }
        };
        _process.BeginErrorReadLine();
        _input = _process.StandardInput.BaseStream;
        _output = _process.StandardOutput.BaseStream;
    }

    /// <summary>Per document version: the server's time to check it and to publish it (from its verbose log).</summary>
    public ConcurrentDictionary<int, (double CheckMs, double PublishedMs)> ServerTimes { get; } = new();

    /// <summary>Resident set size of the server process, in MiB.</summary>
    public double RssMiB
    {
        get
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
        }
    }

    public void Send(object message)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        _input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        _input.Write(body);
        _input.Flush();
    }

    /// <summary>Reads messages until one matches.</summary>
    public JsonNode ReadUntil(Func<JsonNode, bool> match)
    {
        while (true)
        {
            var header = new StringBuilder();
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                var b = _output.ReadByte();
                if (b < 0)
                {
                    throw new EndOfStreamException("The server closed its output.");
                }

                header.Append((char)b);
            }

            var length = int.Parse(header.ToString().Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var body = new byte[length];
            _output.ReadExactly(body);
            var message = JsonNode.Parse(body)!;
            if (match(message))
            {
                return message;
            }
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"\(version (\d+)\): \d+ findings in ([\d.]+) ms, published after ([\d.]+) ms")]
    private static partial Regex CheckedLine();
}
