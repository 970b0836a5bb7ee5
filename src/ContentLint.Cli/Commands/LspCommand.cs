using System.CommandLine;
using ContentLint.LanguageServer;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint lsp</c>: the language server over standard input and output.</summary>
public static class LspCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        // Clients such as vscode-languageclient append --stdio; it is the only transport, so it is accepted and changes nothing.
        var stdio = new Option<bool>("--stdio") { Description = "Use standard input and output (the default and only transport)." };
        var debounce = new Option<int?>("--debounce-ms") { Description = "Delay in milliseconds between a change and its check (default 150; the client's debounceMs setting wins)." };
        var logLevel = new Option<string>("--log-level") { Description = "What the server writes to stderr: error, warning, info (default) or debug (a line per check, with its time)." };
        OptionValues.AcceptOnly(logLevel, ["error", "warning", "info", "debug"]);
        var command = new Command("lsp", "Run the language server (LSP 3.17) over standard input and output, for editors.") { stdio, debounce, logLevel };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var level = parseResult.GetValue(logLevel) switch { "error" => 1, "warning" => 2, "debug" => 4, _ => 3 };
            var options = new LanguageServerOptions { Log = console.Error, LogLevel = level };
            if (parseResult.GetValue(debounce) is { } ms and >= 0)
            {
                options = options with { Debounce = TimeSpan.FromMilliseconds(ms) };
            }

            await using var input = Console.OpenStandardInput();
            await using var output = Console.OpenStandardOutput();
            // Standard output now carries the protocol: a stray Console.Write anywhere would corrupt it.
            Console.SetOut(console.Error);
            return await LanguageServerHost.RunAsync(input, output, options, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
