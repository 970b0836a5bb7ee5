using ContentLint.Core.Channels;

namespace ContentLint.Core.Tests.Channels;

/// <summary>docs/channels.md's table is the channels data's: a channel added or changed there shows here, or this fails.</summary>
public sealed class ChannelDocsTests
{
    private static readonly string DocPath = Path.Combine(RepoPaths.Root, "docs", "channels.md");

    [Fact]
    public void The_channels_table_of_the_docs_is_the_one_rendered_from_the_channels_data()
    {
        var doc = File.ReadAllText(DocPath).ReplaceLineEndings("\n");
        var start = doc.IndexOf(ChannelDocsTable.Start, StringComparison.Ordinal);
        var end = doc.IndexOf(ChannelDocsTable.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/channels.md has lost its generated-table markers; put them back:\n{ChannelDocsTable.Start}\n{ChannelDocsTable.End}");

        var expected = ChannelDocsTable.Render(BuiltInChannels.File);
        var actual = doc[start..(end + ChannelDocsTable.End.Length)];

        Assert.True(expected == actual, $"docs/channels.md's channels table is out of date with src/ContentLint.Core/Channels/channels.yaml. Replace the lines between the markers with:\n\n{expected}\n");
    }
}
