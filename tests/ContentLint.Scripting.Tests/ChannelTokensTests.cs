using System.Collections.Immutable;
using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Scripting.Tests.TestSupport;

namespace ContentLint.Scripting.Tests;

/// <summary>
/// A script's <c>Tokens</c> find links the way the text's channel counts them, by the channel's
/// counting method in the catalog: a channel declared with <c>method: mastodon</c> links only
/// <c>http(s)://</c> URLs, like Mastodon; one counted in graphemes also links bare domains.
/// </summary>
public sealed class ChannelTokensTests
{
    private const string Script = """
        foreach (var url in Tokens.Urls)
            Report(url.Span, $"link {url.Text}");
        """;

    [Theory]
    [InlineData("mastodon", new[] { "link https://a.org" })]
    [InlineData("fediverse", new[] { "link https://a.org" })]
    [InlineData("intranet", new[] { "link example.com", "link https://a.org" })]
    public void Links_follow_the_counting_method_of_the_channel_in_the_catalog(string channel, string[] expected)
    {
        using var harness = new ScriptHarness();
        var loaded = harness.Load(ScriptHarness.Script(Script));
        var configuration = LintConfiguration.CreateDefault(Path.GetTempPath()) with
        {
            Scripts = new ScriptConfiguration { BudgetMs = 10_000 },
            Channels = ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, new[]
            {
                KeyValuePair.Create("fediverse", new ChannelSettings { Name = "fediverse", Method = "mastodon", Limit = 500 }),
                KeyValuePair.Create("intranet", new ChannelSettings { Name = "intranet", Method = "graphemes", Limit = 500 }),
            }),
        };
        var linter = new Linter(configuration, [loaded.Rule!]);

        var result = linter.Lint(new SourceDocument("post.md", ScriptHarness.Post("See example.com and https://a.org", channel)));
        ((IDisposable)loaded.Rule!).Dispose();

        Assert.Equal(expected, result.Findings.Where(f => f.RuleId == "TEST100").Select(f => f.Message));
    }
}
