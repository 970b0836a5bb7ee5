using System.CommandLine;
using ContentLint.Cli.Checking;
using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Cli.Commands;

/// <summary>
/// <c>contentlint count [--channel NAME] [FILE|-]</c>: the count a platform shows, its limit and method.
/// A post file (Markdown with front matter, a calendar) is counted post by post the way <c>check</c>
/// counts it; other text (standard input, a plain file) is counted whole on the channels given.
/// </summary>
public static class CountCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var channels = new Option<string[]>("--channel", "-C")
        {
            Description = $"Channel to count for ({string.Join(", ", BuiltInChannels.All.Select(c => c.Name))}, or one declared in contentlint.yaml); repeat it or separate names with commas. Required for plain text; for a post file, only these of its channels.",
        };
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "Post file, or text file to count ('-' or nothing: standard input). Trailing line breaks are not counted." };
        var config = new Option<string?>("--config", "-c") { Description = "Configuration with channel overrides (default: the nearest contentlint.yaml, as check finds it)." };
        var reply = new Option<bool>("--reply") { Description = "Count plain text as a reply: on X its leading @mentions are not counted (a post file says so with reply_to:)." };
        var locale = LocaleOption.Create();
        var command = new Command("count", "Print the count, limit and counting method of each post of a file, or of a text on a channel; exit code 1 when over the limit.") { channels, file, config, reply, locale };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file) is { } given and not "-" ? given : null;
            CommandPaths.RequireConfigFile(parseResult.GetValue(config));
            if (path is not null && !File.Exists(path))
            {
                throw new CommandFailedException(Directory.Exists(path)
                    ? $"'{Printable.Escape(path)}' is a folder (count takes one file)"
                    : $"file not found: '{Printable.Escape(path)}'");
            }

            var workingDirectory = Directory.GetCurrentDirectory();
            using var runner = new CheckRunner();
            var folder = path is null ? workingDirectory : Path.GetDirectoryName(Path.GetFullPath(path))!;
            var configured = runner.LinterFor(folder, parseResult.GetValue(config), workingDirectory, scriptsEnabled: false);
            ConfigurationProblems.Report(configured, console, LocaleOption.Resolve(parseResult, locale));
            var catalog = configured.Linter.Channels;
            var wanted = parseResult.GetValue(channels)?.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList() ?? [];
            var selected = wanted.Select(name => catalog.Find(name) ?? throw UnknownChannel(name, catalog)).ToList();
            if (path is not null && PostFileCounter.TryMeasure(configured.Linter, path, workingDirectory) is { } measures)
            {
                return Print(console, measures.Where(m => selected.Count == 0 || selected.Any(c => c.Name == m.Measurement.Channel.Name)));
            }

            if (selected.Count == 0)
            {
                throw new CommandFailedException("--channel is required to count plain text (a post file is counted on its own channels)");
            }

            var text = (path is null ? console.In.ReadToEnd() : PostFileCounter.ReadText(path)).TrimEnd('\r', '\n');
            return Print(console, selected.Select(channel => (Label: string.Empty, Measurement: ChannelMeasurement.Measure(channel, text, isReply: parseResult.GetValue(reply)))));
        });
        return command;
    }

    private static int Print(CliConsole console, IEnumerable<(string Label, ChannelMeasurement Measurement)> measures)
    {
        var over = false;
        foreach (var (label, measurement) in measures)
        {
            over |= measurement.IsOverLimit || !measurement.IsValid;
            console.Out.WriteLine(label + Describe(measurement));
        }

        return over ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static CommandFailedException UnknownChannel(string name, ChannelCatalog catalog) =>
        new($"unknown channel '{Printable.Escape(name)}'{Suggestions.DidYouMean(Suggestions.Closest(name, catalog.Names))} (known: {Printable.Escape(string.Join(", ", catalog.Names))})");

    private static string Describe(ChannelMeasurement m)
    {
        var line = $"{Printable.Escape(m.Channel.Name)}: {m.Ratio} ({m.Method})";
        if (m.Channel.ByteLimit is { } byteLimit)
        {
            line += $", {m.Bytes}/{byteLimit} UTF-8 bytes";
        }

        if (m.IsOverLimit)
        {
            line += m.IsOverByteLimit ? $": {m.Bytes - m.Channel.ByteLimit} bytes over" : $": {m.Count - m.Limit} over";
        }

        return m.IsValid ? line : line + ": invalid (contains U+FFFE, U+FEFF or U+FFFF)";
    }
}
