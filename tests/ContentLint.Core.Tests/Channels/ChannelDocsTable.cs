using System.Globalization;
using System.Text;
using ContentLint.Core.Channels;

namespace ContentLint.Core.Tests.Channels;

/// <summary>The channels table of docs/channels.md, rendered from the channels data (the docs hold its last rendering).</summary>
internal static class ChannelDocsTable
{
    public const string Start = "<!-- channels table: generated from src/ContentLint.Core/Channels/channels.yaml (ChannelDocsTests); edit the data, not the table -->";
    public const string End = "<!-- end of channels table -->";

    public static string Render(ChannelFile file)
    {
        var text = new StringBuilder();
        text.AppendLine(Start);
        text.AppendLine("| channel | name | limit | counted as | other limits | fold (\"see more\") | threads | style: hashtags, emoji per word | notes |");
        text.AppendLine("| --- | --- | ---: | --- | --- | ---: | --- | --- | --- |");
        foreach (var c in file.Channels)
        {
            var aliases = file.Aliases.Where(a => a.Value == c.Name).Select(a => $"`{a.Key}`").Order(StringComparer.Ordinal).ToList();
            string[] cells =
            [
                aliases.Count == 0 ? $"`{c.Name}`" : $"`{c.Name}` (alias {string.Join(", ", aliases)})",
                c.DisplayName == c.DisplayNameFr ? c.DisplayName : $"{c.DisplayName} (fr: {c.DisplayNameFr})",
                Number(c.Limit),
                $"`{CountingMethodNames.All.Single(m => m.Value == c.Counter.Method).Key}`",
                string.Join(", ", OtherLimits(c)),
                c.Fold is { } fold ? "≈ " + Number(fold) : string.Empty,
                c.SupportsThreads ? (c.NumberThreadParts ? "yes, numbered" : "yes") : "no",
                $"{Optional(c.Style.Hashtags)}, {Optional(c.Style.EmojiPerWord)}",
                c.Notes,
            ];
            text.AppendLine($"| {string.Join(" | ", cells)} |".Replace("  |", " |", StringComparison.Ordinal));
        }

        text.AppendLine();
        text.AppendLine("Sources:");
        foreach (var c in file.Channels)
        {
            text.AppendLine($"- {c.DisplayName}: {c.Source}");
        }

        text.Append(End);
        return text.ToString().ReplaceLineEndings("\n");
    }

    private static IEnumerable<string> OtherLimits(ChannelDefinition c)
    {
        if (c.ByteLimit is { } bytes)
        {
            yield return $"**and** {Number(bytes)} UTF-8 bytes";
        }

        if (c.TitleLimit is { } title)
        {
            yield return $"`title:` {Number(title)}";
        }

        if (c.AltTextLimit is { } alt)
        {
            yield return $"`alt:` {Number(alt)}";
        }

        foreach (var (cap, what) in new[] { (c.MaxHashtags, "hashtags"), (c.MaxMentions, "mentions"), (c.MaxLinks, "links") })
        {
            if (cap is { } max)
            {
                yield return $"at most {Number(max)} {what}";
            }
        }
    }

    private static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Optional(double? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
