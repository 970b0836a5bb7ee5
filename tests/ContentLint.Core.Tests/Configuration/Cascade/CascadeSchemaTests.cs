using System.Text.Json;
using ContentLint.Core.Configuration.Cascade;

namespace ContentLint.Core.Tests.Configuration.Cascade;

/// <summary>The schema's <c>replace:</c> values are the keys the cascade lets a file replace.</summary>
public sealed class CascadeSchemaTests
{
    [Fact]
    public void The_schema_offers_exactly_the_replaceable_keys()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "schema", "contentlint.schema.json")));

        var offered = schema.RootElement.GetProperty("properties").GetProperty("replace").GetProperty("items").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        Assert.Equal(CascadeKeys.Replaceable.Order(StringComparer.Ordinal), offered.Order(StringComparer.Ordinal));
        Assert.Equal("boolean", schema.RootElement.GetProperty("properties").GetProperty("root").GetProperty("type").GetString());
    }
}
