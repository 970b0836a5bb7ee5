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
            MergeCommand.Create(console),
            BaselineCommand.Create(console),
            RulesCommand.Create(console),
            CountCommand.Create(console),
            TestCommand.Create(console),
            InitCommand.Create(console),
            ConfigCommand.Create(console),
            LspCommand.Create(console),
            McpCommand.Create(console),
            HostProcessCommand.Create(),
        };

    /// <summary>
    /// Parses and runs. Usage errors, and failures that are not findings, exit with 2 and one line on
    /// standard error; a stack trace only with <c>CONTENTLINT_DEBUG=1</c>.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliConsole console)
    {
        if (HostProcessCommand.Serves(args))
        {
            return await HostProcessCommand.ServeAsync().ConfigureAwait(false);
        }

        var root = Build(console);
        var parseResult = root.Parse(args);
        if (UsageErrors.Describe(parseResult) is { } usage)
        {
            console.Error.WriteLine($"contentlint: error: {usage}");
            return ExitCodes.UsageOrConfigError;
        }

        try
        {
            var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
            var exitCode = await parseResult.InvokeAsync(invocation).ConfigureAwait(false);
            // A redirected standard output is buffered (CliConsole.FromProcess): what the command wrote leaves now, and a
            // failure to write it (a full disk, a closed pipe) is this command's failure, reported below.
            console.Out.Flush();
            return exitCode;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            FlushWhatWasWritten(console);
            console.Error.WriteLine($"contentlint: error: {Describe(ex)}");
            if (Environment.GetEnvironmentVariable("CONTENTLINT_DEBUG") is "1" or "true")
            {
                console.Error.WriteLine(ex);
            }

            return ExitCodes.UsageOrConfigError;
        }
    }

    /// <summary>After a failure, the part of the output the command wrote before it, as an unbuffered console would have shown it.</summary>
    private static void FlushWhatWasWritten(CliConsole console)
    {
        try
        {
            console.Out.Flush();
        }
        catch (IOException)
        {
            // The output cannot be written (the failure being reported may be this one): the error line says why the run failed.
        }
    }

    /// <summary>The one line for a failure: known ones as they are, I/O with the system's reason, others as internal errors.</summary>
    private static string Describe(Exception exception)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
        var message = Printable.Escape(inner.Message);
        return inner switch
        {
            CommandFailedException or IOException or UnauthorizedAccessException => message,
            _ => $"internal error: {message} (CONTENTLINT_DEBUG=1 shows the stack trace; please report it)",
        };
    }
}
