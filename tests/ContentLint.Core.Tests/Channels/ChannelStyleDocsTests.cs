using System.Globalization;
using ContentLint.Core.Channels;
using ContentLint.Core.Documents;
using ContentLint.Core.Scripting;

namespace ContentLint.Core.Tests.Channels;

/// <summary>
/// CL4006's and CL4007's docs show each channel's house style in a table; the numbers are the
/// channels data's (<c>style:</c>), so this checks every row, and that every styled channel has one.
/// </summary>
public sealed class ChannelStyleDocsTests
{
    [Theory]
    [InlineData("CL4006.hashtag-density.csx", "hashtags")]
    [InlineData("CL4007.emoji-density.csx", "emojiPerWord")]
    public void The_rules_docs_table_shows_each_channels_style_from_the_channels_data(string ruleFile, string style)
    {
        var rows = TableRows(ruleFile).ToList();
        var byName = BuiltInChannels.All.ToDictionary(c => c.DisplayName);
        Assert.NotEmpty(rows);

        foreach (var (names, value) in rows)
        {
            foreach (var name in names.Where(byName.ContainsKey))
            {
                Assert.True(Style(byName[name], style) == value, $"rules/brand-voice/{ruleFile}: the docs table gives {name} {value}, channels.yaml's style.{style} is {Style(byName[name], style)}");
            }
        }

        var shown = rows.SelectMany(r => r.Names).ToHashSet();
        var missing = BuiltInChannels.All.Where(c => Style(c, style) is not null && !shown.Contains(c.DisplayName)).Select(c => c.DisplayName).ToList();
        Assert.True(missing.Count == 0, $"rules/brand-voice/{ruleFile}: add a row for {string.Join(", ", missing)} to the docs table (style.{style} in channels.yaml)");
    }

    private static double? Style(ChannelDefinition channel, string style) => style == "hashtags" ? channel.Style.Hashtags : channel.Style.EmojiPerWord;

    /// <summary>The rows <c>| LinkedIn, X | 3 | …</c>: the names of the first cell and the number that starts the second.</summary>
    private static IEnumerable<(string[] Names, double Value)> TableRows(string ruleFile)
    {
        var path = Path.Combine(RepoPaths.Root, "rules", "brand-voice", ruleFile);
        var docs = ScriptHeaderReader.Read(new SourceDocument(path, File.ReadAllText(path))).Header!.Descriptor.Description;
        foreach (var line in docs.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith('|')))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var number = cells.Length > 1 ? cells[1].Split(' ')[0] : string.Empty;
            if (double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                yield return (cells[0].Split(", "), value);
            }
        }
    }
}
