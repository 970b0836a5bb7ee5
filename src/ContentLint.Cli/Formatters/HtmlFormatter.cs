using System.Text;
using ContentLint.Cli.Checking;
using ContentLint.Cli.Formatters.Html;
using ContentLint.Core.Engine;

namespace ContentLint.Cli.Formatters;

/// <summary>
/// One self-contained HTML page (<c>--format html --output report.html</c>): summary, findings by category and
/// rule, every finding with its excerpt and rule, promotional share per persona × channel × week, post lengths
/// per channel, upcoming embargoes. Charts are inline SVG and the style is inline: the page loads nothing.
/// All text is HTML-escaped (<see cref="Html.Html"/>); the sections live in <c>Formatters/Html/</c>.
/// </summary>
/// <param name="locale">Language of the messages.</param>
/// <param name="linterFor">The linter that checked a file, by display path (for its policy and channels).</param>
/// <param name="now">The moment "upcoming" is measured from.</param>
public sealed class HtmlFormatter(string locale, Func<string, Linter> linterFor, DateTimeOffset now) : IReportFormatter
{
    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter writer)
    {
        var input = new HtmlReportInput(report, locale, linterFor, now);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        // No network: nothing may be fetched, even by a link the page does not contain.
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append($"<title>ContentLint report</title><style>{ReportStyle.Css}</style></head><body>");
        html.Append($"<h1>ContentLint report</h1><p class=\"tool\">contentlint {Html.Html.Text(CheckReport.ToolVersion)}</p>");
        SummarySection.Write(html, report);
        FindingsSection.Write(html, input);
        PromoShareSection.Write(html, input);
        ChannelLengthSection.Write(html, input);
        EmbargoSection.Write(html, input);
        RulesSection.Write(html, input);
        html.Append("</body></html>\n");
        writer.Write(html.ToString());
    }
}
