using System.CommandLine;
using ContentLint.Cli.Baselines;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Formatters;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Commands;

/// <summary>
/// The options that shape a report — format, output file, threshold, colour, locale, baseline — shared by
/// <c>check</c> and <c>merge</c>, and how a report is printed and turned into an exit code, so that a
/// merged run prints and exits exactly as one run would.
/// </summary>
internal sealed class ReportOptions
{
    public Option<string> Format { get; } = new("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "text" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to this file instead of standard output.", HelpName = "FILE" };

    public Option<string> Threshold { get; } = new("--severity-threshold") { Description = "Lowest severity that makes the exit code 1.", DefaultValueFactory = _ => "error" };

    public Option<bool> NoColor { get; } = new("--no-color") { Description = "Do not colour the text output." };

    public Option<string?> Locale { get; } = LocaleOption.Create();

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "Report only findings not in this baseline file (see 'contentlint baseline create').", HelpName = "FILE" };

    public ReportOptions()
    {
        OptionValues.AcceptOnly(Format, ReportFormatters.Names);
        OptionValues.AcceptOnly(Threshold, ["error", "warning", "info", "hint"]);
    }

    /// <summary>Every option, to add to a command.</summary>
    public IEnumerable<Option> All => [Format, Output, Threshold, NoColor, Locale, Baseline];

    /// <summary>The names of the options given on the command line (not left at their defaults).</summary>
    public IReadOnlyList<string> Given(ParseResult parseResult) => [.. All.Where(o => parseResult.GetResult(o) is { Implicit: false }).Select(o => o.Name)];

    /// <summary>Fails early (exit code 2) when the output file cannot be written.</summary>
    public void RequireWritableOutput(ParseResult parseResult)
    {
        if (parseResult.GetValue(Output) is { } outputPath)
        {
            ReportFile.RequireWritable(outputPath);
        }
    }

    /// <summary>Reads the baseline named by <c>--baseline</c>, if any (before the run: a bad file fails fast).</summary>
    public BaselineDocument? ReadBaseline(ParseResult parseResult) =>
        parseResult.GetValue(Baseline) is { } path ? BaselineFile.Read(path) : null;

    /// <summary>Prints <paramref name="outcome"/> and returns the exit code: 2 on a configuration error, 1 on findings at or above the threshold, else 0.</summary>
    public int Print(ParseResult parseResult, CliConsole console, CheckOutcome outcome, BaselineDocument? accepted, Func<string, Linter> linterFor)
    {
        outcome = accepted is null ? outcome : outcome with { Report = BaselineFilter.Apply(outcome.Report, accepted) };
        var outputPath = parseResult.GetValue(Output);
        var useColor = outputPath is null && !parseResult.GetValue(NoColor) && console.SupportsColor;
        var formatter = ReportFormatters.Create(parseResult.GetValue(Format)!, useColor, LocaleOption.Resolve(parseResult, Locale), linterFor);
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
            return ExitCodes.UsageOrConfigError;
        }

        SeverityNames.TryParse(parseResult.GetValue(Threshold), out var minimum);
        return outcome.Report.Findings.Any(f => f.Severity >= minimum) ? ExitCodes.Findings : ExitCodes.Success;
    }
}
