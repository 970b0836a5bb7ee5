using System.CommandLine;
using ContentLint.Cli.Mcp;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint mcp</c>: the Model Context Protocol server over standard input and output, for AI assistants.</summary>
public static class McpCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var config = new Option<string?>("--config", "-c") { Description = "Configuration to check with (default: the nearest contentlint.yaml of each draft, as check finds it).", HelpName = "FILE" };
        var locale = LocaleOption.Create();
        var command = new Command("mcp", "Run a Model Context Protocol server over standard input and output: tools check, fix and count for AI drafting assistants.") { config, locale };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            CommandPaths.RequireConfigFile(parseResult.GetValue(config));
            // Standard output carries the protocol: a stray Console.Write anywhere would corrupt it.
            Console.SetOut(console.Error);
            return await McpServerRunner.RunAsync(Directory.GetCurrentDirectory(), parseResult.GetValue(config), LocaleOption.Resolve(parseResult, locale), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
