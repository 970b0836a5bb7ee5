using ContentLint.Core.Channels;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Channels;

/// <summary>
/// "Adding a channel is one data entry": the shipped channels file with one more entry gives a
/// catalog that counts the new channel, resolves its alias and holds it to its limits — with no code.
/// </summary>
public sealed class AddingAChannelTests
{
    private const string Entry = """

          - name: newsletter
            aliases: [email]
            displayName: {en: Newsletter, fr: Lettre d'information}
            method: code-points
            limit: 50
            fold: 20
            maxHashtags: 1
            style: {hashtags: 1, emojiPerWord: 0.05}
            source: "tests: a channel that is not built in"

        """;

    private static readonly ChannelFile WithNewsletter = ChannelFile.Parse(
        File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ContentLint.Core", "Channels", "channels.yaml")) + Entry, "channels.yaml + newsletter");

    private static ChannelCatalog Catalog() => new(Lint.DefaultConfig, WithNewsletter);

    [Fact]
    public void The_new_channel_and_its_alias_are_known_beside_the_built_in_ones()
    {
        var catalog = Catalog();

        Assert.Equal(BuiltInChannels.All.Select(c => c.Name).Append("newsletter").Order(StringComparer.Ordinal), catalog.Names);
        Assert.Equal("newsletter", catalog.Resolve("Email"));
        Assert.Equal("x", catalog.Resolve("twitter"));
        Assert.Null(new ChannelCatalog(Lint.DefaultConfig).Find("newsletter"));
    }

    [Fact]
    public void The_new_channel_counts_by_its_method_and_overflows_at_its_limit()
    {
        var channel = Catalog().Find("newsletter")!;
        var text = "😀" + new string('a', 50); // 51 code points, 52 UTF-16 units

        var measurement = ChannelMeasurement.Measure(channel, text);

        Assert.Equal((51, 50, "51/50", "Unicode code points"), (measurement.Count, measurement.Limit, measurement.Ratio, measurement.Method));
        Assert.Equal(51, measurement.OverflowOffset); // the last 'a', after the emoji's two UTF-16 units
        Assert.Equal((20, 1, new ChannelStyle(1, 0.05)), (channel.Fold, channel.MaxHashtags, channel.Style));
    }

    [Fact]
    public void The_channel_rules_hold_a_post_to_the_new_channels_limit_and_name_it()
    {
        var source = "---\nchannel: email\n---\n" + new string('a', 53) + "\n";
        var document = Lint.Parse("a.md", source);
        var catalog = Catalog();
        var found = new List<Diagnostic>();
        var overLimit = BuiltInRules.Create().Single(r => r.Descriptor.Id == "CL1002");

        overLimit.Check(new PostRuleContext(overLimit.Descriptor, document.Posts[0], document, Lint.DefaultConfig, catalog, found.Add, CancellationToken.None));
        var measures = PostMeasures.Compute(document, catalog);

        var finding = Assert.Single(found);
        Assert.Equal("Too long for Newsletter: 53/50 (Unicode code points), 3 over", finding.Message);
        Assert.Equal("aaa", source.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Equal(("newsletter", 53), (Assert.Single(measures).Measurement.Channel.Name, measures[0].Measurement.Count));
    }
}
