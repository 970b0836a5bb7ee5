using System.CommandLine;
using System.Globalization;
using ContentLint.Cli.Checking;
using ContentLint.Core.Configuration.Cascade;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint check [paths] [options]</c>: the batch check used by writers and CI.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command; <paramref name="console"/> gives its output streams.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "Files or folders to check (default: the current folder). Folders are scanned with the 'content' globs of contentlint.yaml.",
        };
        var report = new ReportOptions();
        var fix = new Option<bool>("--fix") { Description = "Apply the available fixes and rewrite the files (atomically, keeping encoding and line endings)." };
        var diff = new Option<bool>("--diff") { Description = "With --fix: print a unified diff of what the fixes would change and write nothing (exit code 1 when a file would change)." };
        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file instead of the nearest contentlint.yaml.", HelpName = "FILE" };
        var noScripts = new Option<bool>("--no-scripts") { Description = "Skip C# script rules (.csx); one info finding (CL0035) says so." };
        var scale = new ScaleOptions();

        var command = new Command("check", "Check posts and calendars; exit code 0 = clean, 1 = findings at or above the threshold, 2 = usage or configuration error.")
        {
            paths, report.Format, report.Output, report.Threshold, fix, diff, config, report.NoColor, noScripts, report.Locale, report.Baseline,
        };
        foreach (var option in scale.All)
        {
            command.Options.Add(option);
        }

        command.SetAction((parseResult, cancellationToken) =>
        {
            StartupWarmUp.Begin();
            if (parseResult.GetValue(diff) && !parseResult.GetValue(fix))
            {
                throw new CommandFailedException("--diff shows what --fix would change: use it with --fix");
            }

            var workingDirectory = Directory.GetCurrentDirectory();
            var configPath = parseResult.GetValue(config);
            var (shard, factsOut, cache, verbose) = scale.Read(parseResult, console, parseResult.GetValue(fix), CacheRoot(configPath, workingDirectory), !parseResult.GetValue(noScripts));
            // Runs that print no report would silently ignore the report's options: say where they apply instead.
            var instead = factsOut is not null ? "--facts-out writes facts for 'contentlint merge' instead of a report: give {0} to merge"
                : parseResult.GetValue(diff) ? "--diff prints a unified diff instead of a report: drop {0} (redirect the diff to a file: > fixes.patch)" : null;
            if (instead is not null && report.Given(parseResult) is { Count: > 0 } reportOnly)
            {
                throw new CommandFailedException(string.Format(CultureInfo.InvariantCulture, instead, string.Join(", ", reportOnly)));
            }

            using var progress = factsOut is null ? CheckProgress.For(console, parseResult.GetValue(report.Format)!) : null;
            var options = new CheckOptions(parseResult.GetValue(paths) ?? [], configPath, parseResult.GetValue(fix), workingDirectory, parseResult.GetValue(noScripts), progress,
                shard, cache, verbose ? console.Error : null, message => console.Error.WriteLine($"contentlint: warning: {message}"), factsOut is not null || cache is not null);
            CommandPaths.RequireExisting(options.Paths);
            CommandPaths.RequireConfigFile(options.ConfigPath);
            report.RequireWritableOutput(parseResult);
            var accepted = report.ReadBaseline(parseResult);
            var dryRun = parseResult.GetValue(diff) ? FixWriter.DryRun() : null;
            using var runner = new CheckRunner(writer: dryRun);
            if (factsOut is not null)
            {
                return Task.FromResult(FactsFile.Write(runner, options, factsOut, console, cancellationToken));
            }

            var outcome = runner.Run(options, cancellationToken);
            progress?.Dispose();
            if (shard is { Count: > 1 })
            {
                console.Error.WriteLine($"contentlint: shard {shard}: findings of cross-post rules (such as CL3007, CL4011) need every shard: write --facts-out and run 'contentlint merge' for them");
            }

            if (dryRun is not null)
            {
                return Task.FromResult(FixDiff.Write(dryRun, options.WorkingDirectory, console.Out, console.Error) ? ExitCodes.Findings : ExitCodes.Success);
            }

            Trace.WriteIfEnabled(console.Error, runner.Host);
            return Task.FromResult(report.Print(parseResult, console, outcome, accepted, path => runner.LinterFor(Path.GetDirectoryName(Path.GetFullPath(path, options.WorkingDirectory))!, options.ConfigPath, options.WorkingDirectory, !options.NoScripts).Linter));
        });
        return command;
    }

    /// <summary>The folder the cache lives under by default: that of <c>--config</c>, or of the configuration nearest the working directory, or the working directory.</summary>
    private static string CacheRoot(string? configPath, string workingDirectory) =>
        Path.GetDirectoryName(configPath is null ? ConfigurationDiscovery.ConfigFileFor(workingDirectory) ?? Path.Combine(workingDirectory, "-") : Path.GetFullPath(configPath, workingDirectory))!;
}
