using System.Globalization;
using System.Text;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>The embargoes not yet lifted, and the posts that would break them (the findings of CL2003 embargoed-topic).</summary>
internal static class EmbargoSection
{
    /// <summary>The rule whose findings are embargo conflicts.</summary>
    public const string EmbargoRuleName = "embargoed-topic";

    public static void Write(StringBuilder html, HtmlReportInput input)
    {
        var upcoming = input.ParsedFiles
            .SelectMany(x => x.Linter.Configuration.Policy.Embargoes)
            .Where(e => e.Until > input.Now)
            .DistinctBy(e => (e.Term, e.Until))
            .OrderBy(e => e.Until)
            .ToList();
        var conflicts = input.Report.Findings.Where(f => f.Rule.Name == EmbargoRuleName).ToList();
        html.Append("<section id=\"embargoes\"><h2>Upcoming embargoes</h2>");
        if (upcoming.Count == 0 && conflicts.Count == 0)
        {
            html.Append("<p>No embargo ahead.</p></section>");
            return;
        }

        html.Append("<table class=\"embargoes\"><thead><tr><th>Term</th><th>Until</th><th>Conflicting posts</th></tr></thead><tbody>");
        foreach (var embargo in upcoming)
        {
            html.Append($"<tr><td>{Html.Text(embargo.Term)}</td><td>{Html.Text(embargo.Until.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))}</td>");
            var mine = conflicts.Where(f => f.MessageArguments?.Any(a => a.Name == "term" && Equals(a.Value, embargo.Term)) == true).ToList();
            html.Append($"<td>{(mine.Count == 0 ? "none" : string.Join("<br>", mine.Select(f => Conflict(f, input.Locale))))}</td></tr>");
        }

        html.Append("</tbody></table>");
        if (conflicts.Count > 0)
        {
            html.Append("<h3>Embargo conflicts</h3><ul class=\"conflicts\">");
            html.Append(string.Concat(conflicts.Select(f => $"<li>{Conflict(f, input.Locale)}</li>")));
            html.Append("</ul>");
        }

        html.Append("</section>");
    }

    private static string Conflict(Core.Diagnostics.Finding finding, string locale) =>
        $"{Html.Text(finding.Path)}:{Html.Number(finding.Position.Start.OneBasedLine)} {(finding.PostId is { } post ? $"(post {Html.Text(post)}) " : string.Empty)}— {Html.Text(finding.MessageIn(locale))}";
}
