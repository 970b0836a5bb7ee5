using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Scripting.Api.MessageType;
using ContentLint.Core.Scripting.Api.Shares;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>
/// The promotional share of each persona × channel × ISO week against <c>promo.maxShare</c>, grouped as
/// rule CL3007 groups them: dated posts only, personas case-insensitive, a post promotional when it declares
/// <c>type: promo</c> or, without a declared type, when its text reads as promotional.
/// </summary>
internal static class PromoShareSection
{
    private const int BarWidth = 160;

    public static void Write(StringBuilder html, HtmlReportInput input)
    {
        var members = new List<(string Persona, string Channel, string Week, bool Promo, double MaxShare, int MinPosts)>();
        foreach (var (file, linter) in input.ParsedFiles)
        {
            var policy = linter.Configuration.Policy;
            foreach (var post in file.Document!.Posts.Where(p => p.PublishAt is not null))
            {
                var promo = post.Type is { } type ? type.Value == PostType.Promo : MessageTypes.Of(post, linter.Channels).Verdict == PostType.Promo;
                var week = ShareLimits.IsoWeek(post.PublishAt!.Value.Value);
                foreach (var channel in post.Channels.Select(c => linter.Channels.Find(c.Value)).OfType<Core.Channels.ChannelDefinition>().DistinctBy(c => c.Name))
                {
                    members.Add((post.Persona?.Value.ToLowerInvariant() ?? "(no persona)", channel.DisplayName, week, promo, policy.PromoMaxShare, policy.PromoMinPosts));
                }
            }
        }

        html.Append("<section id=\"promo-share\"><h2>Promotional share per persona, channel and week</h2>");
        if (members.Count == 0)
        {
            html.Append("<p>No dated posts.</p></section>");
            return;
        }

        html.Append("<table class=\"promo\"><thead><tr><th>Persona</th><th>Channel</th><th>Week</th><th>Promo / posts</th><th>Share (line: maximum)</th><th>Status</th></tr></thead><tbody>");
        var groups = members.GroupBy(m => (m.Persona, m.Channel, m.Week)).OrderBy(g => g.Key.Week, StringComparer.Ordinal).ThenBy(g => g.Key.Persona, StringComparer.Ordinal).ThenBy(g => g.Key.Channel, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var total = group.Count();
            var promo = group.Count(m => m.Promo);
            var (max, minPosts) = (group.First().MaxShare, group.First().MinPosts);
            var share = promo / (double)total;
            var allowed = (int)Math.Floor(max * total);
            var status = total < minPosts ? $"not judged (under {minPosts} posts)" : promo > allowed ? "over" : "within";
            html.Append($"<tr class=\"{(status == "over" ? "over" : string.Empty)}\"><td>{Html.Text(group.Key.Persona)}</td><td>{Html.Text(group.Key.Channel)}</td><td>{Html.Text(group.Key.Week)}</td>");
            html.Append($"<td>{Html.Number(promo)} / {Html.Number(total)}</td><td>{ShareBar(share, max)} {Html.Percent(share)} (max {Html.Percent(max)})</td><td>{Html.Text(status)}</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }

    private static string ShareBar(double share, double max) =>
        $"<svg class=\"chart share\" role=\"img\" aria-label=\"share {Html.Percent(share)}\" width=\"{BarWidth}\" height=\"14\" viewBox=\"0 0 {BarWidth} 14\" xmlns=\"http://www.w3.org/2000/svg\">"
        + $"<rect class=\"track\" x=\"0\" y=\"2\" width=\"{BarWidth}\" height=\"10\"/>"
        + $"<rect class=\"bar{(share > max ? " over" : string.Empty)}\" x=\"0\" y=\"2\" width=\"{Html.Number(BarWidth * share)}\" height=\"10\"/>"
        + $"<line class=\"limit\" x1=\"{Html.Number(BarWidth * max)}\" y1=\"0\" x2=\"{Html.Number(BarWidth * max)}\" y2=\"14\"/></svg>";
}
