using ContentLint.Cli.Checking;
using ContentLint.Cli.Formatters.Documents;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// A stable, versioned JSON document: <c>{"version": 1, "tool", "summary", "findings": [...]}</c>.
/// Lines and columns are 1-based UTF-16 (as in the text output); <c>offset</c>/<c>length</c> are 0-based UTF-16.
/// The shape is the records of <see cref="JsonReportDocument"/>, serialized.
/// </summary>
/// <param name="locale">When not English, each finding also has <c>localizedMessage</c>; <c>message</c> stays English for tools.</param>
public sealed class JsonFormatter(string locale) : IReportFormatter
{
    /// <summary>Version of the JSON shape; bumped on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter writer)
    {
        var summary = new JsonSummary(
            report.CheckedFileCount,
            report.PostCount,
            report.Count(Severity.Error),
            report.Count(Severity.Warning),
            report.Count(Severity.Info),
            report.Count(Severity.Hint),
            report.FixesApplied);
        var findings = report.Files.SelectMany(file => file.Findings.Select(finding => ToFinding(finding, file.Source, locale)));
        var document = new JsonReportDocument(SchemaVersion, new JsonTool("contentlint", CheckReport.ToolVersion), summary, findings);
        JsonOutput.Write(document, JsonOutput.Relaxed.JsonReportDocument, writer);
    }

    private static JsonFinding ToFinding(Finding finding, SourceDocument? source, string locale)
    {
        var position = finding.Position;
        // Without the file's text (it could not be read) an edit's position is unknown: no fixes then.
        var fixes = source is null ? [] : finding.Fixes.Select(fix => new JsonFix(fix.Title, fix.Edits.Select(edit => ToEdit(edit, source)).ToList())).ToList();
        return new JsonFinding(
            finding.Path,
            finding.RuleId,
            finding.Rule.Name,
            finding.Rule.Category.Name,
            finding.Severity.ToName(),
            finding.Message,
            locale == MessageLocale.English ? null : finding.MessageIn(locale),
            position.Start.OneBasedLine,
            position.Start.OneBasedColumn,
            position.End.OneBasedLine,
            position.End.OneBasedColumn,
            finding.Span.Start,
            finding.Span.Length,
            finding.PostId,
            finding.Rule.HelpUri.ToString(),
            fixes);
    }

    private static JsonEdit ToEdit(TextEdit edit, SourceDocument source)
    {
        var position = source.Lines.GetPositionSpan(edit.Span);
        return new JsonEdit(
            position.Start.OneBasedLine,
            position.Start.OneBasedColumn,
            position.End.OneBasedLine,
            position.End.OneBasedColumn,
            edit.Span.Start,
            edit.Span.Length,
            edit.NewText);
    }
}
