using ContentLint.Cli.Checking;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// GitHub Actions workflow commands (<c>::error file=…,line=…,col=…::message</c>), which GitHub shows
/// as annotations on the pull request. Info and hint become <c>::notice</c>.
/// </summary>
/// <param name="locale">Language of the messages (<see cref="MessageLocale"/>).</param>
public sealed class GitHubFormatter(string locale) : IReportFormatter
{
    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter writer)
    {
        foreach (var finding in report.Findings)
        {
            var command = finding.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var start = finding.Position.Start;
            var end = finding.Position.End;
            var properties = $"file={EscapeProperty(finding.Path)},line={start.OneBasedLine},col={start.OneBasedColumn},endLine={end.OneBasedLine},endColumn={end.OneBasedColumn},title={EscapeProperty($"{finding.RuleId} {finding.Rule.Name}")}";
            writer.WriteLine($"::{command} {properties}::{EscapeData(finding.MessageIn(locale))}");
        }
    }

    /// <summary>
    /// Escapes a message as the workflow-command syntax requires (<c>%25</c>, <c>%0D</c>, <c>%0A</c>), then
    /// the other control characters (<see cref="Printable"/>): a log line cannot be split, coloured or reordered.
    /// </summary>
    public static string EscapeData(string value) =>
        Printable.Escape(value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    /// <summary>Escapes a property value (also <c>:</c> and <c>,</c>).</summary>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
