using System.Text;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>
/// The rules that reported, each with an anchor (<c>#rule-CL2003</c>) the findings table links to: its
/// title and documentation from the rule file (the repository has no per-rule doc pages to link to).
/// </summary>
internal static class RulesSection
{
    public static void Write(StringBuilder html, HtmlReportInput input)
    {
        var rules = input.Report.Findings.Select(f => f.Rule).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        if (rules.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"rules\"><h2>Rules</h2>");
        foreach (var rule in rules)
        {
            html.Append($"<article class=\"rule\" id=\"{Html.Id("rule", rule.Id)}\"><h3>{Html.Text(rule.Id)} {Html.Text(rule.Name)}</h3>");
            html.Append($"<p>{Html.Text(rule.TitleIn(input.Locale))} <small>({Html.Text(rule.Category.Title)}, default {rule.DefaultSeverity.ToName()})</small></p>");
            var paragraphs = rule.Description.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            html.Append(string.Concat(paragraphs.Select(p => $"<p class=\"doc\">{Html.Text(p.ReplaceLineEndings(" "))}</p>")));
            html.Append("</article>");
        }

        html.Append("</section>");
    }
}
