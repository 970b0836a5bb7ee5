using System.Text;

namespace ContentLint.Cli;

/// <summary>The output streams of the CLI, injectable for in-process tests.</summary>
/// <param name="In">Standard input (texts for <c>count</c>).</param>
/// <param name="Out">Results.</param>
/// <param name="Error">Messages, errors and progress.</param>
/// <param name="SupportsColor">True when <paramref name="Out"/> is a terminal that accepts ANSI colours.</param>
/// <param name="IsInteractive">True when a person watches: neither output is redirected and <c>CI</c> is not set (<c>check</c> then shows progress).</param>
public sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool SupportsColor, bool IsInteractive = false)
{
    /// <summary>The process's console: colours only on a real terminal, never with <c>NO_COLOR</c> or in CI.</summary>
    public static CliConsole FromProcess() => new(
        Console.In,
        RedirectedOutput() ?? Console.Out,
        Console.Error,
        !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && Environment.GetEnvironmentVariable("TERM") is not "dumb"
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
        !Console.IsOutputRedirected && !Console.IsErrorRedirected
            && Environment.GetEnvironmentVariable("TERM") is not "dumb"
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));

    /// <summary>
    /// Standard output redirected to a file or a pipe, in UTF-8, buffered: the console's own writer
    /// flushes every 256 characters, so a JSON report of a large repository cost one write call per
    /// 256 bytes (14,000 for 10,000 posts). Null on a terminal (a person reads as it comes) or in
    /// another encoding. Flushed when the command ends (<see cref="CliApplication.RunAsync"/>).
    /// </summary>
    private static TextWriter? RedirectedOutput() =>
        Console.IsOutputRedirected && Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16) { AutoFlush = false }
            : null;
}
