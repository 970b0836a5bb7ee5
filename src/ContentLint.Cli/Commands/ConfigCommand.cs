using System.CommandLine;
using ContentLint.Core.Configuration;
using ContentLint.Core.Configuration.Cascade;
using ContentLint.Core.Engine;
using ContentLint.Pack;

namespace ContentLint.Cli.Commands;

/// <summary><c>contentlint config show FILE</c>: the effective configuration of a file, with where each value came from.</summary>
public static class ConfigCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A post or folder: shows the configuration it is checked with." };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var config = new Option<string?>("--config", "-c") { Description = "Configuration file to show instead of the nearest contentlint.yaml (as check --config)." };
        var show = new Command("show", "Print the effective configuration for a file (its nearest contentlint.yaml merged with the ones above it), with the file and line of each value.")
        {
            file, format, config,
        };
        show.SetAction(parseResult => Show(console, parseResult.GetValue(file)!, parseResult.GetValue(format)!, parseResult.GetValue(config)));
        return new Command("config", "Inspect the configuration.") { show };
    }

    private static int Show(CliConsole console, string path, string format, string? forcedConfig)
    {
        var workingDirectory = Directory.GetCurrentDirectory();
        var full = Path.GetFullPath(path, workingDirectory);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            console.Error.WriteLine($"contentlint: file not found: {path}");
            return ExitCodes.UsageOrConfigError;
        }

        if (forcedConfig is not null && !File.Exists(Path.GetFullPath(forcedConfig, workingDirectory)))
        {
            console.Error.WriteLine($"contentlint: configuration file not found: {forcedConfig}");
            return ExitCodes.UsageOrConfigError;
        }

        var configPath = forcedConfig is null ? ConfigurationDiscovery.ConfigFileFor(full) : Path.GetFullPath(forcedConfig, workingDirectory);
        string Display(string p) => Path.GetRelativePath(workingDirectory, p).Replace(Path.DirectorySeparatorChar, '/');
        var linter = new Linter(LintConfiguration.CreateDefault(workingDirectory), BuiltInRules.Shipped);
        var cascade = configPath is null ? null : ConfigurationCascadeLoader.Load(configPath, linter.Catalog, Display);
        if (cascade is { HasErrors: true })
        {
            foreach (var layer in cascade.Layers)
            {
                foreach (var finding in linter.FromDiagnostics(layer.DisplayPath, layer.Source, null, layer.Diagnostics).Findings)
                {
                    console.Error.WriteLine($"{finding.Path}:{finding.Position.Start.OneBasedLine}:{finding.Position.Start.OneBasedColumn}: {finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}: {finding.Message}");
                }
            }

            return ExitCodes.UsageOrConfigError;
        }

        var listing = new ConfigListingWriter(Display(full), cascade);
        if (format == "json")
        {
            listing.WriteJson(console.Out);
        }
        else
        {
            listing.WriteText(console.Out);
        }

        return ExitCodes.Success;
    }
}
