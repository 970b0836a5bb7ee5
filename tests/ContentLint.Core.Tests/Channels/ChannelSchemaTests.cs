using System.Text.Json;
using ContentLint.Core.Channels;

namespace ContentLint.Core.Tests.Channels;

/// <summary>
/// The JSON schema of contentlint.yaml names no channel (a <c>channels:</c> key may declare a new
/// one), but it lists the counting methods a channel may use: those the loader and the channels data accept.
/// </summary>
public sealed class ChannelSchemaTests
{
    [Fact]
    public void The_schemas_counting_methods_are_the_ones_the_channels_data_and_the_loader_accept()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "contentlint.schema.json")));

        var methods = schema.RootElement.GetProperty("$defs").GetProperty("channel").GetProperty("properties").GetProperty("method").GetProperty("enum")
            .EnumerateArray().Select(m => m.GetString()!).Order(StringComparer.Ordinal);

        Assert.Equal(CountingMethodNames.All.Keys.Order(StringComparer.Ordinal), methods);
    }
}
