using System.CommandLine;
using ContentLint.Cli.Commands;

namespace ContentLint.Cli;

/// <summary>The <c>contentlint</c> command tree, and the exit-code policy around it.</summary>
public static class CliApplication
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Build(CliConsole console) =>
        new("ContentLint: checks social-media posts for leaks, persona, brand voice and channel limits.")
        {
            CheckCommand.Create(console),
            RulesCommand.Create(console),
            CountCommand.Create(console),
            TestCommand.Create(console),
            InitCommand.Create(console),
            ConfigCommand.Create(console),
            LspCommand.Create(console),
        };

    /// <summary>Parses and runs; usage errors exit with 2, unexpected failures with 2 and no stack trace.</summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        var root = Build(console);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                console.Error.WriteLine($"contentlint: {error.Message}");
            }

            console.Error.WriteLine("Run 'contentlint --help' for usage.");
            return ExitCodes.UsageOrConfigError;
        }

        try
        {
            return await parseResult.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            console.Error.WriteLine($"contentlint: internal error: {ex.Message}");
            if (Environment.GetEnvironmentVariable("CONTENTLINT_DEBUG") is "1" or "true")
            {
                console.Error.WriteLine(ex);
            }
            else
            {
                console.Error.WriteLine("Set CONTENTLINT_DEBUG=1 to see the stack trace, and please report it.");
            }

            return ExitCodes.UsageOrConfigError;
        }
    }
}
