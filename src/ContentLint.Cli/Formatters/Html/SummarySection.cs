using System.Text;
using ContentLint.Cli.Checking;
using ContentLint.Core.Diagnostics;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>The report's first lines: what was checked and how many findings of each severity.</summary>
internal static class SummarySection
{
    public static void Write(StringBuilder html, CheckReport report)
    {
        html.Append("<section id=\"summary\"><h2>Summary</h2><dl class=\"summary\">");
        Item(html, "Files checked", report.CheckedFileCount);
        Item(html, "Posts checked", report.PostCount);
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info, Severity.Hint })
        {
            Item(html, severity.ToName() switch { "info" => "Info", var name => char.ToUpperInvariant(name[0]) + name[1..] + "s" }, report.Count(severity));
        }

        if (report.BaselinedCount > 0)
        {
            Item(html, "Baselined (not shown)", report.BaselinedCount);
        }

        html.Append("</dl></section>");
    }

    private static void Item(StringBuilder html, string label, int value) =>
        html.Append($"<div><dt>{Html.Text(label)}</dt><dd>{Html.Number(value)}</dd></div>");
}
