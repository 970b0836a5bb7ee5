using ContentLint.Cli;

return await CliApplication.RunAsync(args, CliConsole.FromProcess()).ConfigureAwait(false);
