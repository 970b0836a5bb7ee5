using System.Text.Encodings.Web;
using System.Text.Json;
using ContentLint.Cli.Checking;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Rules;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// SARIF 2.1.0 for code-scanning tools: every rule in <c>tool.driver.rules</c>, results with 1-based
/// UTF-16 regions (<c>columnKind: utf16CodeUnits</c>), paths relative to <c>%SRCROOT%</c>, and fixes.
/// </summary>
/// <param name="locale">Language of <c>message.text</c> and the rules' <c>shortDescription</c> (SARIF's <c>run.language</c> when not English).</param>
public sealed class SarifFormatter(string locale) : IReportFormatter
{
    /// <summary>The schema URI written in <c>$schema</c>.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter writer)
    {
        var rules = report.Catalog.Rules;
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, locale);
            if (locale != MessageLocale.English)
            {
                json.WriteString("language", locale);
            }

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject("%SRCROOT%");
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(report.BaseDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var file in report.Files)
            {
                foreach (var finding in file.Findings)
                {
                    WriteResult(json, finding, ruleIndex[finding.RuleId], file.Source, locale);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    /// <summary>SARIF level of a severity (SARIF has no hint: it becomes a note).</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Off => "none",
        _ => "note",
    };

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<RuleDescriptor> rules, string locale)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "ContentLint");
        json.WriteString("semanticVersion", CheckReport.ToolVersion);
        json.WriteString("informationUri", "https://contentlint.dev/");
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.TitleIn(locale));
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Description);
            json.WriteEndObject();
            json.WriteStartObject("help");
            json.WriteString("text", rule.Description);
            json.WriteString("markdown", rule.Description);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri.ToString());
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteBoolean("enabled", rule.DefaultSeverity != Severity.Off);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category.Name);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex, SourceDocument? source, string locale)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.MessageIn(locale));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, finding.Path);
        WriteRegion(json, "region", finding.Position, finding.Span);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (source is not null && !finding.Fixes.IsEmpty)
        {
            WriteFixes(json, finding, source);
        }

        if (finding.PostId is not null)
        {
            json.WriteStartObject("properties");
            json.WriteString("postId", finding.PostId);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteFixes(Utf8JsonWriter json, Finding finding, SourceDocument source)
    {
        json.WriteStartArray("fixes");
        foreach (var fix in finding.Fixes)
        {
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", fix.Title);
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifact(json, finding.Path);
            json.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", source.Lines.GetPositionSpan(edit.Span), edit.Span);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", edit.NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteArtifact(Utf8JsonWriter json, string path)
    {
        json.WriteStartObject("artifactLocation");
        if (Path.IsPathRooted(path))
        {
            json.WriteString("uri", new Uri(path).AbsoluteUri);
        }
        else
        {
            json.WriteString("uri", string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", "%SRCROOT%");
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, LinePositionSpan position, TextSpan span)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", position.Start.OneBasedLine);
        json.WriteNumber("startColumn", position.Start.OneBasedColumn);
        json.WriteNumber("endLine", position.End.OneBasedLine);
        json.WriteNumber("endColumn", position.End.OneBasedColumn);
        json.WriteNumber("charOffset", span.Start);
        json.WriteNumber("charLength", span.Length);
        json.WriteEndObject();
    }
}
