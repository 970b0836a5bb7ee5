using ContentLint.Cli.Checking;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// Compiler-style text: <c>path(line,col): severity ID: message</c> (parsed by VS Code's and CI
/// problem matchers), a source excerpt with carets under the span, then a summary. Text from files
/// is escaped (<see cref="Printable"/>): a post cannot print a line of its own or colour the terminal.
/// </summary>
/// <param name="useColor">Colour the severities and the summary.</param>
/// <param name="locale">Language of the messages (<see cref="MessageLocale"/>); the summary stays English.</param>
public sealed class TextFormatter(bool useColor, string locale) : IReportFormatter
{
    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter writer)
    {
        var ansi = new Ansi(useColor);
        foreach (var file in report.Files)
        {
            foreach (var finding in file.Findings)
            {
                var start = finding.Position.Start;
                writer.WriteLine(
                    $"{Printable.Escape(finding.Path)}({start.OneBasedLine},{start.OneBasedColumn}): {ansi.Severity(finding.Severity)} {ansi.Dim(Printable.Escape(finding.RuleId))}: {Printable.Escape(finding.MessageIn(locale))}");
                if (file.Source is { } source && source.Text.Length > 0)
                {
                    SourceExcerpt.Write(writer, source, finding, ansi);
                }
            }
        }

        WriteSummary(report, writer, ansi);
    }

    private static void WriteSummary(CheckReport report, TextWriter writer, Ansi ansi)
    {
        var files = Plural(report.CheckedFileCount, "file");
        var posts = Plural(report.PostCount, "post");
        if (report.FixesApplied > 0)
        {
            writer.WriteLine($"Fixed {Plural(report.FixesApplied, "problem")} in {Plural(report.FilesFixed, "file")}.");
        }

        var total = report.Findings.Count();
        var baselined = report.BaselinedCount > 0 ? $"; {Plural(report.BaselinedCount, "baselined finding")} not shown" : string.Empty;
        if (total == 0)
        {
            writer.WriteLine(ansi.Green($"No problems found ({files}, {posts} checked){baselined}."));
            return;
        }

        var parts = new List<string>();
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info, Severity.Hint })
        {
            var count = report.Count(severity);
            if (count > 0)
            {
                parts.Add(ansi.Colour(severity, severity == Severity.Info ? $"{count} info" : Plural(count, severity.ToName())));
            }
        }

        var withFindings = report.Files.Count(f => !f.Findings.IsEmpty);
        var fixable = report.Findings.Count(f => !f.Fixes.IsEmpty);
        var fixHint = fixable > 0 ? $"; {fixable} fixable with --fix" : string.Empty;
        writer.WriteLine();
        writer.WriteLine($"{string.Join(", ", parts)} in {Plural(withFindings, "file")} ({files}, {posts} checked){fixHint}{baselined}.");
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}
