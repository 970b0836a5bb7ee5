using System.Text.Json;
using ContentLint.LanguageServer.Tests.TestSupport;

namespace ContentLint.LanguageServer.Tests.Handlers;

/// <summary><c>persona:</c>, <c>lang:</c>, <c>type:</c> and channel values come from the configuration in force for the document.</summary>
public sealed class CompletionValuesTests
{
    private const string Config =
        "personas:\n  careers: {kind: employee, types: [dialogue]}\n  marque: {kind: brand}\n"
        + "terminology:\n  de-CH: {Velo: Fahrrad}\n"
        + "channels:\n  intranet: {method: graphemes, limit: 1000}\n";

    [Fact]
    public async Task Configured_personas_are_offered_with_their_kind_and_types()
    {
        var items = await CompleteAsync(Config, "persona: ");

        Assert.Equal(["careers", "marque"], items.Select(i => i.Label));
        Assert.Equal(["employee persona · dialogue", "brand persona · any type"], items.Select(i => i.Detail));
    }

    [Fact]
    public async Task Languages_of_the_configuration_come_first_then_common_tags()
    {
        var items = await CompleteAsync(Config, "lang: ");
        var labels = items.Select(i => i.Label).ToList();

        Assert.Equal("de-CH", labels[0]);
        Assert.Equal("language in the configuration", items[0].Detail);
        Assert.Subset(labels.ToHashSet(), new HashSet<string> { "fr", "en", "en-GB", "fr-CA" });
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public async Task Without_configuration_common_languages_are_offered_and_no_persona_is_invented()
    {
        var languages = await CompleteAsync(null, "lang: ");
        var personas = await CompleteAsync(null, "persona: ");

        Assert.Contains("en-GB", languages.Select(i => i.Label));
        Assert.Empty(personas);
    }

    [Theory]
    [InlineData("type: ", new[] { "promo", "dialogue" })]
    [InlineData("channel: ", new[] { "intranet", "x", "bluesky", "mastodon" })]
    [InlineData("channels: [x, ", new[] { "intranet", "linkedin" })]
    public async Task Types_and_channels_including_custom_ones_are_offered(string line, string[] expected)
    {
        var labels = (await CompleteAsync(Config, line)).Select(i => i.Label).ToHashSet();

        Assert.Subset(labels, expected.ToHashSet());
    }

    /// <summary>Completion at the end of <paramref name="line"/>, written in a calendar post of a workspace configured by <paramref name="config"/>.</summary>
    private static async Task<List<(string Label, string? Detail)>> CompleteAsync(string? config, string line)
    {
        using var workspace = new TempWorkspace();
        if (config is not null)
        {
            workspace.Write("contentlint.yaml", config);
        }

        var uri = workspace.Uri("plan.posts.yaml");
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(uri, $"posts:\n  - id: a\n    {line}\n", languageId: "yaml");
        var result = await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line = 2, character = 4 + line.Length } });
        return [.. result.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("label").GetString()!, i.TryGetProperty("detail", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null))];
    }
}
