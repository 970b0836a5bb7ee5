using System.Text;
using ContentLint.Core.Channels;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>Each channel's post lengths (counted as the platform counts, per thread part and variant) against its limit, as a histogram.</summary>
internal static class ChannelLengthSection
{
    public static void Write(StringBuilder html, HtmlReportInput input)
    {
        var measures = input.ParsedFiles.SelectMany(x => PostMeasures.Compute(x.File.Document, x.Linter.Channels)).ToList();
        html.Append("<section id=\"channel-lengths\"><h2>Post lengths per channel</h2><p>Each text as the platform counts it (thread parts and variants separately); the dashed line is the channel's limit.</p>");
        if (measures.Count == 0)
        {
            html.Append("<p>No post on a known channel.</p></section>");
            return;
        }

        html.Append("<div class=\"charts\">");
        foreach (var channel in measures.GroupBy(m => (m.Measurement.Channel.DisplayName, m.Measurement.Limit)).OrderBy(g => g.Key.DisplayName, StringComparer.Ordinal).ThenBy(g => g.Key.Limit))
        {
            var counts = channel.Select(m => m.Measurement.Count).ToList();
            var over = channel.Count(m => m.Measurement.IsOverLimit);
            var (name, limit) = channel.Key;
            html.Append($"<figure class=\"channel\"><figcaption>{Html.Text(name)}: {Html.Number(counts.Count)} text{(counts.Count == 1 ? string.Empty : "s")}, limit {Html.Number(limit)}, longest {Html.Number(counts.Max())}, {Html.Number(over)} over the limit</figcaption>");
            html.Append(Histogram.Render($"{name} lengths against the limit of {limit}", counts, Math.Max(1, limit))).Append("</figure>");
        }

        html.Append("</div></section>");
    }
}
