using System.CommandLine;
using ContentLint.Cli.Baselines;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Formatters;
using ContentLint.Core.Diagnostics;

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
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "text",
        };
        OptionValues.AcceptOnly(format, ReportFormatters.Names);
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output." };
        var threshold = new Option<string>("--severity-threshold")
        {
            Description = "Lowest severity that makes the exit code 1.",
            DefaultValueFactory = _ => "error",
        };
        OptionValues.AcceptOnly(threshold, ["error", "warning", "info", "hint"]);
        var fix = new Option<bool>("--fix") { Description = "Apply the available fixes and rewrite the files (atomically, keeping encoding and line endings)." };
        var diff = new Option<bool>("--diff") { Description = "With --fix: print a unified diff of what the fixes would change and write nothing (exit code 1 when a file would change)." };
        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file instead of the nearest contentlint.yaml." };
        var noColor = new Option<bool>("--no-color") { Description = "Do not colour the text output." };
        var locale = LocaleOption.Create();
        var noScripts = new Option<bool>("--no-scripts") { Description = "Skip C# script rules (.csx); one info finding (CL0035) says so." };
        var baseline = new Option<string?>("--baseline") { Description = "Report only findings not in this baseline file (see 'contentlint baseline create')." };

        var command = new Command("check", "Check posts and calendars; exit code 0 = clean, 1 = findings at or above the threshold, 2 = usage or configuration error.")
        {
            paths, format, output, threshold, fix, diff, config, noColor, noScripts, locale, baseline,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            StartupWarmUp.Begin();
            if (parseResult.GetValue(diff) && !parseResult.GetValue(fix))
            {
                throw new CommandFailedException("--diff shows what --fix would change: use it with --fix");
            }

            using var progress = CheckProgress.For(console, parseResult.GetValue(format)!);
            var options = new CheckOptions(parseResult.GetValue(paths) ?? [], parseResult.GetValue(config), parseResult.GetValue(fix), Directory.GetCurrentDirectory(), parseResult.GetValue(noScripts), progress);
            var outputPath = parseResult.GetValue(output);
            CommandPaths.RequireExisting(options.Paths);
            CommandPaths.RequireConfigFile(options.ConfigPath);
            if (outputPath is not null)
            {
                ReportFile.RequireWritable(outputPath);
            }

            SeverityNames.TryParse(parseResult.GetValue(threshold), out var minimum);
            var accepted = parseResult.GetValue(baseline) is { } baselinePath ? BaselineFile.Read(baselinePath) : null;
            var dryRun = parseResult.GetValue(diff) ? FixWriter.DryRun() : null;
            using var runner = new CheckRunner(writer: dryRun);
            var outcome = runner.Run(options, cancellationToken);
            progress?.Dispose();
            if (dryRun is not null)
            {
                return Task.FromResult(FixDiff.Write(dryRun, options.WorkingDirectory, console.Out, console.Error) ? ExitCodes.Findings : ExitCodes.Success);
            }

            outcome = accepted is null ? outcome : outcome with { Report = BaselineFilter.Apply(outcome.Report, accepted) };
            Trace.WriteIfEnabled(console.Error, runner.Host);
            var useColor = outputPath is null && !parseResult.GetValue(noColor) && console.SupportsColor;
            var formatter = ReportFormatters.Create(parseResult.GetValue(format)!, useColor, LocaleOption.Resolve(parseResult, locale), path => runner.LinterFor(Path.GetDirectoryName(Path.GetFullPath(path, options.WorkingDirectory))!, options.ConfigPath, options.WorkingDirectory, !options.NoScripts).Linter);
            if (outputPath is null)
            {
                formatter.Write(outcome.Report, console.Out);
            }
            else
            {
                ReportFile.Write(outputPath, writer => formatter.Write(outcome.Report, writer));
            }

            if (outcome.ConfigurationError)
            {
                console.Error.WriteLine("contentlint: error: the configuration has errors (see the findings above); files that depend on it were not checked.");
                return Task.FromResult(ExitCodes.UsageOrConfigError);
            }

            var failing = outcome.Report.Findings.Any(f => f.Severity >= minimum);
            return Task.FromResult(failing ? ExitCodes.Findings : ExitCodes.Success);
        });
        return command;
    }
}
