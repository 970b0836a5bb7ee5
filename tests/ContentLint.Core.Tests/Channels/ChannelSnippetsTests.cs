using System.Text.Json;
using System.Text.RegularExpressions;
using ContentLint.Core.Channels;

namespace ContentLint.Core.Tests.Channels;

/// <summary>
/// The VS Code snippets offer the channels of the channels data: every built-in channel, or for a
/// thread snippet the channels that publish threads, in the data's order.
/// </summary>
public sealed partial class ChannelSnippetsTests
{
    private static readonly string SnippetsFolder = Path.Combine(RepoPaths.Root, "vscode-extension", "snippets");

    public static TheoryData<string, string, int> ChannelChoices()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var (file, snippet, lines) in Snippets())
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (ChannelChoice().IsMatch(lines[i]))
                {
                    data.Add(file, snippet, i);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_snippets_offer_channel_choices()
    {
        Assert.True(ChannelChoices().Count >= 4, "no `channel: ${n|…|}` choice found in vscode-extension/snippets: the test reads nothing");
    }

    [Theory]
    [MemberData(nameof(ChannelChoices))]
    public void A_snippets_channel_choice_lists_the_channels_of_the_channels_data(string file, string snippet, int line)
    {
        var body = Snippets().Single(s => s.File == file && s.Snippet == snippet).Body;
        var match = ChannelChoice().Match(body[line]);
        var thread = snippet.Contains("thread", StringComparison.OrdinalIgnoreCase);
        var expected = string.Join(',', BuiltInChannels.All.Where(c => !thread || c.SupportsThreads).Select(c => c.Name));

        Assert.True(
            match.Groups["choices"].Value == expected,
            $"vscode-extension/snippets/{file}, snippet \"{snippet}\": the channel choices must be those of src/ContentLint.Core/Channels/channels.yaml"
            + $"{(thread ? " that publish threads" : string.Empty)}; write: ${{{match.Groups["tab"].Value}|{expected}|}}");
    }

    private static IEnumerable<(string File, string Snippet, IReadOnlyList<string> Body)> Snippets()
    {
        foreach (var path in Directory.EnumerateFiles(SnippetsFolder, "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var snippet in json.RootElement.EnumerateObject())
            {
                var body = snippet.Value.GetProperty("body");
                IReadOnlyList<string> lines = body.ValueKind == JsonValueKind.Array ? [.. body.EnumerateArray().Select(l => l.GetString()!)] : [body.GetString()!];
                yield return (Path.GetFileName(path), snippet.Name, lines);
            }
        }
    }

    [GeneratedRegex(@"channels?: \$\{(?<tab>\d+)\|(?<choices>[^|}]*)\|\}")]
    private static partial Regex ChannelChoice();
}
