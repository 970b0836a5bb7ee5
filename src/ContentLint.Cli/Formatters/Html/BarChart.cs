using System.Text;

namespace ContentLint.Cli.Formatters.Html;

/// <summary>A horizontal bar chart as inline SVG: one labelled bar per item, its value at the end.</summary>
internal static class BarChart
{
    private const int LabelWidth = 230;
    private const int BarArea = 250;
    private const int RowHeight = 22;

    /// <summary>The chart of <paramref name="items"/> (label, value), in the order given.</summary>
    public static string Render(string title, IReadOnlyList<(string Label, int Value)> items)
    {
        var max = Math.Max(1, items.Count == 0 ? 1 : items.Max(i => i.Value));
        var height = (items.Count * RowHeight) + 8;
        var width = LabelWidth + BarArea + 60;
        var svg = new StringBuilder();
        svg.Append($"<svg class=\"chart bar-chart\" role=\"img\" aria-label=\"{Html.Text(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title>{Html.Text(title)}</title>");
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var y = (i * RowHeight) + 4;
            var length = Math.Max(1.0, (double)BarArea * value / max);
            svg.Append($"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\">{Html.Text(label)}</text>");
            svg.Append($"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"{Html.Number(length)}\" height=\"{RowHeight - 6}\"/>");
            svg.Append($"<text x=\"{Html.Number(LabelWidth + length + 6)}\" y=\"{y + 15}\">{Html.Number(value)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
