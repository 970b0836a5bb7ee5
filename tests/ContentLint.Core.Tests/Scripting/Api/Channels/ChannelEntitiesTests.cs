using ContentLint.Core.Channels;
using ContentLint.Core.Channels.Counting.Entities;
using ContentLint.Core.Scripting.Api.Channels;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Scripting.Api.Channels;

public sealed class ChannelEntitiesTests
{
    private static readonly ChannelCatalog Catalog = new(Lint.DefaultConfig);

    [Fact]
    public void Entities_in_code_are_left_out_and_the_excess_spans_from_the_first_extra_to_the_last()
    {
        var text = Lint.Parse("a.md", "---\nchannel: x\n---\nHi @a @b `@c` @d @e\n").Posts[0].Renditions.First().Parts[0];
        var x = Catalog.Find("x")!;

        var found = ChannelEntities.Find(text, x, EntityKind.Mention);
        var excess = ChannelEntities.PastCap(text, x, EntityKind.Mention, 2);

        Assert.Equal(["@a", "@b", "@d", "@e"], found.Select(s => text.Text.Substring(s.Start, s.Length)));
        Assert.Equal(4, excess!.Value.Count);
        Assert.Equal("@d @e", text.Text.Substring(excess.Value.Span.Start, excess.Value.Span.Length));
        Assert.Null(ChannelEntities.PastCap(text, x, EntityKind.Mention, 4));
    }

    [Fact]
    public void The_closest_channel_name_corrects_a_typo_and_ignores_unrelated_names()
    {
        Assert.Equal("linkedin", ChannelNames.Closest("linkedn", Catalog));
        Assert.Null(ChannelNames.Closest("newsletter", Catalog));
    }
}
