using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting;

namespace ContentLint.Core.Tests.Channels;

/// <summary>The channels data file: the shipped one loads, and a malformed one is refused with every problem and its line.</summary>
public sealed class ChannelFileTests
{
    private const string Valid = """
        channels:
          - name: intranet
            aliases: [corp]
            displayName: {en: Intranet, fr: Intranet FR}
            method: graphemes
            limit: 100
            source: tests
        """;

    [Fact]
    public void The_shipped_file_loads_with_every_channel_its_facts_and_aliases()
    {
        var channels = BuiltInChannels.All.ToDictionary(c => c.Name);

        Assert.Equal(["x", "mastodon", "bluesky", "threads", "linkedin", "facebook", "instagram", "tiktok", "youtube", "pinterest"], BuiltInChannels.All.Select(c => c.Name));
        Assert.Equal("x", BuiltInChannels.File.Aliases["Twitter"]);
        Assert.Equal((CountingMethod.XWeighted, 280, true), (channels["x"].Counter.Method, channels["x"].Limit, channels["x"].SupportsThreads));
        Assert.Equal((300, 3000), (channels["bluesky"].Limit, channels["bluesky"].ByteLimit));
        Assert.Equal((210, "LinkedIn", "LinkedIn"), (channels["linkedin"].Fold, channels["linkedin"].DisplayName, channels["linkedin"].DisplayNameFr));
        Assert.Equal((5, new ChannelStyle(3, 0.2)), (channels["instagram"].MaxHashtags, channels["instagram"].Style));
        Assert.Equal((CountingMethod.Utf8Bytes, 100), (channels["youtube"].Counter.Method, channels["youtube"].TitleLimit));
        Assert.All(BuiltInChannels.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
    }

    [Fact]
    public void A_valid_file_gives_its_channels_and_aliases()
    {
        var file = ChannelFile.Parse(Valid, "test.yaml");

        var channel = Assert.Single(file.Channels);
        Assert.Equal(("intranet", "Intranet", "Intranet FR", CountingMethod.Graphemes, 100, ChannelStyle.None), (channel.Name, channel.DisplayName, channel.DisplayNameFr, channel.Counter.Method, channel.Limit, channel.Style));
        Assert.Equal("intranet", file.Aliases["CORP"]);
    }

    [Theory]
    [InlineData("    limit: 100\n", "    limit: 0\n", "6: 'limit' of channel 'intranet' must be an integer from 1, found '0'")]
    [InlineData("    limit: 100\n", "", "2: channel 'intranet' needs 'limit', a non-empty text")]
    [InlineData("    method: graphemes\n", "    method: runes\n", "5: method 'runes' of channel 'intranet' is not one of code-points, graphemes, mastodon, utf16, utf8-bytes, x-weighted")]
    [InlineData("    source: tests\n", "    source: tests\n    fold: 12\n    colour: red\n", "9: unknown key 'colour' in channel")]
    [InlineData("    aliases: [corp]\n", "    aliases: [intranet]\n", "2: 'intranet' names two channels (names and aliases must be unique)")]
    [InlineData("    source: tests\n", "    source: tests\n    style: {hashtags: 2, emojiPerWord: 1.5}\n", "8: 'emojiPerWord' of 'style' of channel 'intranet' must be a number from 0 to 1, found '1.5'")]
    [InlineData("    source: tests\n", "    source: tests\n    threads: yes\n", "8: 'threads' of channel 'intranet' must be true or false, found 'yes'")]
    [InlineData("{en: Intranet, fr: Intranet FR}", "{en: Intranet}", "4: 'displayName' of channel 'intranet' needs 'fr', a non-empty text")]
    [InlineData("  - name: intranet\n", "  - name: Intranet\n", "2: name 'Intranet' must be lower case: letters, digits and '-'")]
    public void A_malformed_file_is_refused_with_the_problem_and_its_line(string replaced, string replacement, string problem)
    {
        var yaml = (Valid + "\n").Replace(replaced, replacement, StringComparison.Ordinal);

        var error = Assert.Throws<ChannelFileException>(() => ChannelFile.Parse(yaml, "test.yaml"));

        Assert.Contains(error.Problems, p => p.StartsWith(problem, StringComparison.Ordinal));
        Assert.Contains("test.yaml:" + problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("channels: []\n", "1: expected 'channels:', a list of channels")]
    [InlineData("channels:\n  - x\n", "2: expected a channel (a map with name, displayName, method, limit, source)")]
    [InlineData("channels: [\n", "")] // A YAML syntax error: reported as a problem of the file, not thrown as YamlException.
    [InlineData("- x\n", "1: expected one YAML document, a map with 'channels:'")]
    public void A_file_without_a_list_of_channels_is_refused(string yaml, string problem)
    {
        var error = Assert.Throws<ChannelFileException>(() => ChannelFile.Parse(yaml, "test.yaml"));

        Assert.Contains(error.Problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }
}
