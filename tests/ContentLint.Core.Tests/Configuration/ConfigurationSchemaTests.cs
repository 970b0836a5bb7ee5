using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContentLint.Core.Configuration;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Tests.Configuration;

/// <summary>The JSON schema shipped for editors agrees with the loader and accepts the example configuration.</summary>
public sealed class ConfigurationSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Root, "schema", "contentlint.schema.json");

    // JsonSchema.Net registers a schema's $id globally: load it once per test run.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    [Fact]
    public void The_schema_lists_exactly_the_keys_the_loader_reads()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));

        var keys = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(ConfigurationLoader.KnownKeys.Order(StringComparer.Ordinal), keys);
    }

    [Theory]
    [InlineData("examples/contentlint.yaml", true)]
    [InlineData("severity: {CL0001: loud}", false)]
    [InlineData("chanels: {}", false)]
    [InlineData("channels: {x: {limit: 25000}, intranet: {method: graphemes, limit: 1000}}", true)]
    [InlineData("rules: [rules, team-rules]\nscripts: {enabled: true, budgetMs: 200, allocationMb: 32}", true)]
    [InlineData("scripts: {budgetMs: 0}", false)]
    [InlineData("scripts: {timeout: 5}", false)]
    public void The_schema_validates_configurations(string fileOrYaml, bool valid)
    {
        var yaml = fileOrYaml.EndsWith(".yaml", StringComparison.Ordinal) ? File.ReadAllText(Path.Combine(RepoPaths.Root, fileOrYaml)) : fileOrYaml;
        var schema = Schema.Value;
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = JsonSerializer.SerializeToElement(ToJson(stream.Documents[0].RootNode));

        var result = schema.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid == valid, JsonSerializer.Serialize(result));
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, ToJson(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var v } when long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };
}
