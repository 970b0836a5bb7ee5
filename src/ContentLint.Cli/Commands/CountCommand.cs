using System.CommandLine;
using System.Text;
using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint count --channel NAME [FILE|-]</c>: the count a platform shows for a text, its limit and method.</summary>
public static class CountCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var channels = new Option<string[]>("--channel", "-C")
        {
            Description = "Channel to count for (x, mastodon, bluesky, linkedin…, or one declared in contentlint.yaml); repeat it or separate names with commas.",
            Required = true,
        };
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Description = "Text file to count ('-' or nothing: standard input). Trailing line breaks are not counted." };
        var config = new Option<string?>("--config", "-c") { Description = "Configuration with channel overrides (default: the nearest contentlint.yaml)." };
        var command = new Command("count", "Print the count, limit and counting method of a text on a channel; exit code 1 when over the limit.") { channels, file, config };
        command.SetAction(parseResult =>
        {
            var catalog = new ChannelCatalog(LoadConfiguration(parseResult.GetValue(config), console));
            var path = parseResult.GetValue(file);
            string text;
            if (path is null or "-")
            {
                text = console.In.ReadToEnd();
            }
            else if (File.Exists(path))
            {
                var loaded = SourceLoader.Decode(path, File.ReadAllBytes(path));
                if (loaded.Document is null)
                {
                    console.Error.WriteLine($"contentlint: {path}: {loaded.Diagnostic!.Message}");
                    return ExitCodes.UsageOrConfigError;
                }

                text = loaded.Document.Text;
            }
            else
            {
                console.Error.WriteLine($"contentlint: file not found: {path}");
                return ExitCodes.UsageOrConfigError;
            }

            text = text.TrimEnd('\r', '\n');
            var over = false;
            foreach (var name in parseResult.GetValue(channels)!.SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                if (catalog.Find(name) is not { } channel)
                {
                    console.Error.WriteLine($"contentlint: unknown channel '{name}'{Suggestions.DidYouMean(Suggestions.Closest(name, catalog.Names))} (known: {string.Join(", ", catalog.Names)})");
                    return ExitCodes.UsageOrConfigError;
                }

                var measurement = ChannelMeasurement.Measure(channel, text);
                over |= measurement.IsOverLimit || !measurement.IsValid;
                console.Out.WriteLine(Describe(measurement));
            }

            return over ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static string Describe(ChannelMeasurement m)
    {
        var line = new StringBuilder($"{m.Channel.Name}: {m.Ratio} ({m.Method})");
        if (m.Channel.ByteLimit is { } byteLimit)
        {
            line.Append($", {m.Bytes}/{byteLimit} UTF-8 bytes");
        }

        if (m.IsOverLimit)
        {
            line.Append(m.IsOverByteLimit ? $": {m.Bytes - m.Channel.ByteLimit} bytes over" : $": {m.Count - m.Limit} over");
        }

        if (!m.IsValid)
        {
            line.Append(": invalid (contains U+FFFE, U+FEFF or U+FFFF)");
        }

        return line.ToString();
    }

    private static LintConfiguration LoadConfiguration(string? explicitPath, CliConsole console)
    {
        var directory = Directory.GetCurrentDirectory();
        var path = explicitPath is null ? ConfigurationLoader.Find(directory) : Path.GetFullPath(explicitPath);
        if (path is null || !File.Exists(path))
        {
            return LintConfiguration.CreateDefault(directory);
        }

        var source = SourceLoader.Decode(path, File.ReadAllBytes(path)).Document;
        if (source is null)
        {
            return LintConfiguration.CreateDefault(directory);
        }

        var result = ConfigurationLoader.Load(source, Path.GetDirectoryName(path)!, new Core.Engine.Linter(LintConfiguration.CreateDefault(directory)).Catalog);
        foreach (var problem in result.Diagnostics)
        {
            var at = source.Lines.GetPosition(problem.Span.Start);
            console.Error.WriteLine($"{path}({at.OneBasedLine},{at.OneBasedColumn}): {problem.Rule.DefaultSeverity.ToName()} {problem.Rule.Id}: {problem.Message}");
        }

        return result.Configuration;
    }
}
