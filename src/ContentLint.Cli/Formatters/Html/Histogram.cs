using System.Text;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>
/// A histogram as inline SVG: values in ten bins per <paramref name="limit"/> (bins past the limit drawn as
/// over), with a dashed line at the limit. For a channel's post lengths against its limit.
/// </summary>
internal static class Histogram
{
    private const int Width = 540;
    private const int Height = 160;
    private const int Bottom = 130;
    private const int BinsPerLimit = 10;

    /// <summary>The histogram of <paramref name="values"/> against <paramref name="limit"/> (positive).</summary>
    public static string Render(string title, IReadOnlyList<int> values, int limit)
    {
        var binSize = Math.Max(1, (int)Math.Ceiling(limit / (double)BinsPerLimit));
        var largest = values.Count == 0 ? 0 : values.Max();
        var binCount = Math.Max(BinsPerLimit, (largest / binSize) + 1);
        var bins = new int[binCount];
        foreach (var value in values)
        {
            bins[Math.Min(binCount - 1, Math.Max(0, value) / binSize)]++;
        }

        var tallest = Math.Max(1, bins.Max());
        var barWidth = (Width - 40) / (double)binCount;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart histogram\" role=\"img\" aria-label=\"{Html.Text(title)}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title>{Html.Text(title)}</title>");
        for (var i = 0; i < binCount; i++)
        {
            var h = (Bottom - 10) * bins[i] / (double)tallest;
            var x = 20 + (i * barWidth);
            var over = (i + 1) * binSize > limit ? " over" : string.Empty;
            svg.Append($"<rect class=\"bar{over}\" x=\"{Html.Number(x + 1)}\" y=\"{Html.Number(Bottom - h)}\" width=\"{Html.Number(barWidth - 2)}\" height=\"{Html.Number(h)}\"><title>{Html.Number(i * binSize)}–{Html.Number(((i + 1) * binSize) - 1)}: {Html.Number(bins[i])}</title></rect>");
        }

        var limitX = 20 + (limit / (double)binSize * barWidth);
        svg.Append($"<line class=\"limit\" x1=\"{Html.Number(limitX)}\" y1=\"4\" x2=\"{Html.Number(limitX)}\" y2=\"{Bottom}\"/>");
        // The label goes left of the line when the line is near the right edge.
        var anchor = limitX > Width - 100 ? $"x=\"{Html.Number(limitX - 4)}\" text-anchor=\"end\"" : $"x=\"{Html.Number(limitX + 4)}\"";
        svg.Append($"<text {anchor} y=\"14\">limit {Html.Number(limit)}</text>");
        svg.Append($"<line class=\"axis\" x1=\"20\" y1=\"{Bottom}\" x2=\"{Width - 20}\" y2=\"{Bottom}\"/>");
        svg.Append($"<text x=\"20\" y=\"{Bottom + 18}\">0</text><text x=\"{Width - 20}\" y=\"{Bottom + 18}\" text-anchor=\"end\">{Html.Number(binCount * binSize)}</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
