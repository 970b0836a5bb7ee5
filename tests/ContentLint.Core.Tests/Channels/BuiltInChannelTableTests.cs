using ContentLint.Core.Channels;
using ContentLint.TestKit;

namespace ContentLint.Core.Tests.Channels;

/// <summary>
/// The compiled-in channel table is <c>channels.yaml</c>, exactly: the data file is the only source, the
/// table is generated from it (see <see cref="ChannelTableWriter"/>) and these tests keep them equal.
/// </summary>
public sealed class BuiltInChannelTableTests
{
    private static readonly string DataPath = Path.Combine(RepoPaths.Root, "src", "ContentLint.Core", "Channels", "channels.yaml");

    [Fact]
    public void The_generated_table_is_up_to_date_with_channels_yaml()
    {
        var expected = ChannelTableWriter.Write(ChannelFile.Parse(File.ReadAllText(DataPath), "channels.yaml"));
        var tablePath = Path.Combine(RepoPaths.Root, ChannelTableWriter.RelativePath);
        var actual = File.Exists(tablePath) ? File.ReadAllText(tablePath) : string.Empty;
        if (actual != expected && Environment.GetEnvironmentVariable("CONTENTLINT_REGENERATE") == "1")
        {
            File.WriteAllText(tablePath, expected);
            return;
        }

        Assert.True(actual == expected,
            $"{ChannelTableWriter.RelativePath} is out of date with src/ContentLint.Core/Channels/channels.yaml. Regenerate it with\n" +
            "  CONTENTLINT_REGENERATE=1 dotnet test tests/ContentLint.Core.Tests --filter BuiltInChannelTableTests\nthen rebuild.");
    }

    [Fact]
    public void The_built_in_channels_are_those_of_the_data_file_field_by_field()
    {
        var data = ChannelFile.Parse(File.ReadAllText(DataPath), "channels.yaml");

        Assert.Equal(data.Channels.Select(c => c.Name), BuiltInChannels.All.Select(c => c.Name));
        foreach (var (read, compiled) in data.Channels.Zip(BuiltInChannels.All))
        {
            Assert.Equal(read with { Counter = compiled.Counter }, compiled);
            Assert.Equal(read.Counter.Method, compiled.Counter.Method);
        }
        Assert.Equal(data.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal), BuiltInChannels.File.Aliases.OrderBy(a => a.Key, StringComparer.Ordinal));
        Assert.Same(StringComparer.OrdinalIgnoreCase, BuiltInChannels.File.Aliases.KeyComparer);
    }
}
