using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Cli.Checking;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// A stable, versioned JSON document: <c>{"version": 1, "tool", "summary", "findings": [...]}</c>.
/// Lines and columns are 1-based UTF-16 (as in the text output); <c>offset</c>/<c>length</c> are 0-based UTF-16.
/// </summary>
/// <param name="locale">When not English, each finding also has <c>localizedMessage</c>; <c>message</c> stays English for tools.</param>
public sealed class JsonFormatter(string locale) : IReportFormatter
{
    /// <summary>Version of the JSON shape; bumped on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteStartObject("tool");
            json.WriteString("name", "contentlint");
            json.WriteString("version", CheckReport.ToolVersion);
            json.WriteEndObject();
            WriteSummary(report, json);
            json.WriteStartArray("findings");
            foreach (var file in report.Files)
            {
                foreach (var finding in file.Findings)
                {
                    WriteFinding(json, finding, file.Source, locale);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    private static void WriteSummary(CheckReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.CheckedFileCount);
        json.WriteNumber("posts", report.PostCount);
        json.WriteNumber("errors", report.Count(Severity.Error));
        json.WriteNumber("warnings", report.Count(Severity.Warning));
        json.WriteNumber("infos", report.Count(Severity.Info));
        json.WriteNumber("hints", report.Count(Severity.Hint));
        json.WriteNumber("fixesApplied", report.FixesApplied);
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, SourceDocument? source, string locale)
    {
        json.WriteStartObject();
        json.WriteString("path", finding.Path);
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("ruleName", finding.Rule.Name);
        json.WriteString("category", finding.Rule.Category.Name);
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("message", finding.Message);
        if (locale != MessageLocale.English)
        {
            json.WriteString("localizedMessage", finding.MessageIn(locale));
        }

        WriteRange(json, finding.Position);
        json.WriteNumber("offset", finding.Span.Start);
        json.WriteNumber("length", finding.Span.Length);
        if (finding.PostId is not null)
        {
            json.WriteString("postId", finding.PostId);
        }

        json.WriteString("helpUri", finding.Rule.HelpUri.ToString());
        json.WriteStartArray("fixes");
        foreach (var fix in source is null ? System.Collections.Immutable.ImmutableArray<CodeFix>.Empty : finding.Fixes)
        {
            json.WriteStartObject();
            json.WriteString("title", fix.Title);
            json.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                WriteRange(json, source!.Lines.GetPositionSpan(edit.Span));
                json.WriteNumber("offset", edit.Span.Start);
                json.WriteNumber("length", edit.Span.Length);
                json.WriteString("newText", edit.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter json, LinePositionSpan position)
    {
        json.WriteNumber("line", position.Start.OneBasedLine);
        json.WriteNumber("column", position.Start.OneBasedColumn);
        json.WriteNumber("endLine", position.End.OneBasedLine);
        json.WriteNumber("endColumn", position.End.OneBasedColumn);
    }
}
