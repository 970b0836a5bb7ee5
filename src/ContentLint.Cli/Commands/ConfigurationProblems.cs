using ContentLint.Core.Diagnostics;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Commands;

/// <summary>For commands other than <c>check</c>: findings on the configuration and rule files go to standard error.</summary>
internal static class ConfigurationProblems
{
    /// <summary>Prints them, one compiler-style line each, in <paramref name="locale"/>; fails (exit code 2) when the configuration has errors.</summary>
    public static void Report(ConfiguredLinter configured, CliConsole console, string locale)
    {
        var results = configured.ConfigResults.Concat(configured.RuleFileResults);
        foreach (var finding in results.SelectMany(r => r.Findings))
        {
            var start = finding.Position.Start;
            console.Error.WriteLine(Printable.Escape($"{finding.Path}({start.OneBasedLine},{start.OneBasedColumn}): {finding.Severity.ToName()} {finding.RuleId}: {finding.MessageIn(locale)}"));
        }

        if (configured.HasConfigErrors)
        {
            throw new CommandFailedException("the configuration has errors (see above)");
        }
    }
}
