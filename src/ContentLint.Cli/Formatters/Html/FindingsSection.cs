using System.Text;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>Findings by category and by rule (bar charts), then every finding in a table with its excerpt and rule link.</summary>
internal static class FindingsSection
{
    private const int ExcerptContext = 50;

    public static void Write(StringBuilder html, HtmlReportInput input)
    {
        var findings = input.Report.Files.SelectMany(f => f.Findings.Select(finding => (File: f, Finding: finding))).ToList();
        html.Append("<section id=\"findings\"><h2>Findings</h2>");
        if (findings.Count == 0)
        {
            html.Append("<p>No problems found.</p></section>");
            return;
        }

        var byCategory = findings.GroupBy(f => f.Finding.Rule.Category.Title).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal).ToList();
        var byRule = findings.GroupBy(f => f.Finding.RuleId).Select(g => ($"{g.Key} {g.First().Finding.Rule.Name}", g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Item1, StringComparer.Ordinal).ToList();
        html.Append("<div class=\"charts\"><figure><figcaption>By category</figcaption>").Append(BarChart.Render("Findings by category", byCategory)).Append("</figure>");
        html.Append("<figure><figcaption>By rule</figcaption>").Append(BarChart.Render("Findings by rule", byRule)).Append("</figure></div>");
        html.Append("<table class=\"findings\"><thead><tr><th>Severity</th><th>Location</th><th>Rule</th><th>Message</th><th>Excerpt</th></tr></thead><tbody>");
        foreach (var (file, finding) in findings)
        {
            Row(html, file, finding, input.Locale);
        }

        html.Append("</tbody></table></section>");
    }

    private static void Row(StringBuilder html, FileLintResult file, Finding finding, string locale)
    {
        var start = finding.Position.Start;
        var severity = finding.Severity.ToName();
        html.Append($"<tr class=\"finding {severity}\" data-rule=\"{Html.Text(finding.RuleId)}\" data-path=\"{Html.Text(finding.Path)}\" data-line=\"{Html.Number(start.OneBasedLine)}\" data-column=\"{Html.Number(start.OneBasedColumn)}\">");
        html.Append($"<td>{severity}</td><td>{Html.Text(finding.Path)}:{Html.Number(start.OneBasedLine)}:{Html.Number(start.OneBasedColumn)}");
        if (finding.PostId is { } post)
        {
            html.Append($"<br><small>post {Html.Text(post)}</small>");
        }

        html.Append($"</td><td><a href=\"#{Html.Id("rule", finding.RuleId)}\">{Html.Text(finding.RuleId)}</a><br><small>{Html.Text(finding.Rule.Name)}</small></td>");
        html.Append($"<td>{Html.Text(finding.MessageIn(locale))}</td><td class=\"excerpt\">{Excerpt(file, finding)}</td></tr>");
    }

    /// <summary>The finding's line around its span, the span marked; empty when the file could not be read.</summary>
    private static string Excerpt(FileLintResult file, Finding finding)
    {
        if (file.Source is not { } source || source.Text.Length == 0)
        {
            return string.Empty;
        }

        var text = source.Text;
        var (start, end, lineStart, lineEnd) = LineBounds.Of(text, finding.Span.Start, finding.Span.End);
        var markEnd = Math.Min(end, lineEnd);
        var from = Math.Max(lineStart, start - ExcerptContext);
        var to = Math.Min(lineEnd, markEnd + ExcerptContext);
        var before = (from > lineStart ? "…" : string.Empty) + text[from..start];
        var after = text[markEnd..to] + (to < lineEnd ? "…" : string.Empty);
        return $"<code>{Html.Text(before)}<mark>{Html.Text(text[start..markEnd])}</mark>{Html.Text(after)}</code>";
    }
}
