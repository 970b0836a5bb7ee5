using System.CommandLine;
using ContentLint.Cli.Baselines;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Formatters;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint baseline create|prune</c>: accept today's findings so that <c>check --baseline</c> reports
/// only new ones, and retire the accepted findings that have been fixed.
/// </summary>
public static class BaselineCommand
{
    /// <summary>Builds the command; <paramref name="console"/> gives its output streams.</summary>
    public static Command Create(CliConsole console) =>
        new("baseline", "Accept the current findings (create) so that 'check --baseline' reports only new ones; retire fixed ones (prune).")
        {
            CreateCommand(console),
            PruneCommand(console),
        };

    private static Command CreateCommand(CliConsole console)
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders to check (default: the current folder)." };
        var output = new Option<string>("--output", "-o") { Description = "The baseline file to write.", HelpName = "FILE", DefaultValueFactory = _ => BaselineFile.DefaultName };
        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file instead of the nearest contentlint.yaml.", HelpName = "FILE" };
        var noScripts = new Option<bool>("--no-scripts") { Description = "Skip C# script rules (.csx)." };
        var command = new Command("create", "Check, then write every finding to the baseline file (sorted, one entry per finding).") { paths, output, config, noScripts };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var file = parseResult.GetValue(output)!;
            ReportFile.RequireWritable(file, "the baseline");
            var checkedPaths = parseResult.GetValue(paths) ?? [];
            var report = Run(checkedPaths, parseResult.GetValue(config), parseResult.GetValue(noScripts), Directory.GetCurrentDirectory(), console, cancellationToken);
            var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
            var stored = (checkedPaths.Length == 0 ? ["."] : checkedPaths).Select(p => Path.GetRelativePath(folder, Path.GetFullPath(p)).Replace(Path.DirectorySeparatorChar, '/')).ToList();
            var entries = ReportFingerprints.Of(report).Select(BaselineEntry.For).ToList();
            BaselineFile.Write(file, new BaselineDocument(BaselineFile.CurrentVersion, stored, entries));
            console.Out.WriteLine($"Baseline of {entries.Count} finding{(entries.Count == 1 ? string.Empty : "s")} written to {Printable.Escape(file)}.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command PruneCommand(CliConsole console)
    {
        var file = new Argument<string>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "The baseline file.", DefaultValueFactory = _ => BaselineFile.DefaultName };
        var config = new Option<string?>("--config", "-c") { Description = "Use this configuration file instead of the nearest contentlint.yaml.", HelpName = "FILE" };
        var noScripts = new Option<bool>("--no-scripts") { Description = "Skip C# script rules (.csx)." };
        var command = new Command("prune", "Check the baseline's paths again and remove the entries whose finding is gone.") { file, config, noScripts };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(file)!;
            var baseline = BaselineFile.Read(path);
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var configPath = parseResult.GetValue(config) is { } c ? Path.GetFullPath(c) : null;
            var report = Run(baseline.Paths ?? ["."], configPath, parseResult.GetValue(noScripts), folder, console, cancellationToken);
            // A kept entry is written anew from its finding: one matched by its text alone gets the fingerprint of today's context.
            var kept = BaselineMatch.Of(ReportFingerprints.Of(report), baseline.Findings!).Keys.Select(BaselineEntry.For).ToList();
            BaselineFile.Write(path, baseline with { Findings = kept });
            var removed = baseline.Findings!.Count - kept.Count;
            // "Gone" rather than "fixed": a finding whose matched text was edited is another finding, and check reports it as new.
            console.Out.WriteLine($"Removed {removed} entr{(removed == 1 ? "y" : "ies")} whose finding is gone (fixed, or its text edited) from {Printable.Escape(path)}; {kept.Count} remain{(kept.Count == 1 ? "s" : string.Empty)}.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>The check behind both subcommands; a configuration error stops them (a baseline of a partial run would be wrong).</summary>
    private static CheckReport Run(IReadOnlyList<string> paths, string? configPath, bool noScripts, string workingDirectory, CliConsole console, CancellationToken cancellationToken)
    {
        var full = paths.Select(p => Path.GetFullPath(p, workingDirectory)).ToList();
        CommandPaths.RequireExisting(full);
        CommandPaths.RequireConfigFile(configPath);
        using var runner = new CheckRunner();
        var outcome = runner.Run(new CheckOptions(full, configPath, Fix: false, workingDirectory, noScripts), cancellationToken);
        if (outcome.ConfigurationError)
        {
            new TextFormatter(useColor: false, Core.Diagnostics.MessageLocale.English).Write(outcome.Report, console.Error);
            throw new CommandFailedException("the configuration has errors (see above); no baseline was written.");
        }

        return outcome.Report;
    }
}
