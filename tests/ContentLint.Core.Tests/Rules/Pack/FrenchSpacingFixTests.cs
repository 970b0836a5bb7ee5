using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Rules.Pack;

/// <summary>The French typography fixes, applied with the engine's fix session: which space, where, and nothing left to fix.</summary>
public sealed class FrenchSpacingFixTests
{
    private const string Narrow = "\u202F";
    private const string Regular = "\u00A0";

    [Theory]
    [InlineData("linkedin", Narrow)]
    [InlineData("mastodon", Narrow)]
    [InlineData("x", Regular)]
    [InlineData("twitter", Regular)]
    [InlineData("[linkedin, x]", Regular)]
    public void Auto_uses_the_regular_no_break_space_on_x_and_the_narrow_one_elsewhere(string channels, string space)
    {
        var key = channels.StartsWith('[') ? "channels" : "channel";
        var source = $"---\n{key}: {channels}\nlang: fr\n---\nBonjour! Prêts ? Oui  : c'est parti;\n";

        var (text, left) = PackRun.Fix("CL5001", "a.md", source);

        Assert.EndsWith($"Bonjour{space}! Prêts{space}? Oui{space}: c'est parti{space};\n", text, StringComparison.Ordinal);
        Assert.Empty(left);
    }

    [Theory]
    [InlineData("narrow", "x", Narrow)]
    [InlineData("regular", "linkedin", Regular)]
    [InlineData("auto", "bluesky", Narrow)]
    public void The_configured_space_wins(string setting, string channel, string space)
    {
        var config = PackRun.Config($"typography:\n  nbsp: {setting}\n");

        var (text, _) = PackRun.Fix("CL5001", "a.md", $"---\nchannel: {channel}\nlang: fr\n---\nVraiment ?\n", config);

        Assert.EndsWith($"Vraiment{space}?\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_variant_gets_the_space_of_its_channel_in_a_calendar()
    {
        var source = "posts:\n  - id: a\n    channels: [x, linkedin]\n    lang: fr\n    text: \"Prêts ?\"\n    variants:\n      linkedin: \"Prêts ? On y va !\"\n";

        var (text, left) = PackRun.Fix("CL5001", "a.posts.yaml", source);

        var post = Assert.Single(Lint.Parse("a.posts.yaml", text).Posts);
        Assert.Equal($"Prêts{Regular}?", post.Parts[0].Text);
        Assert.Equal($"Prêts{Narrow}? On y va{Narrow}!", Assert.Single(post.Variants).Parts[0].Text);
        Assert.Empty(left);
    }

    [Fact]
    public void Guillemets_get_no_break_spaces_inside_in_a_plain_calendar_scalar()
    {
        var source = "posts:\n  - id: a\n    channel: linkedin\n    lang: fr\n    text: Il a dit «Bravo » puis « merci».\n";

        var (text, left) = PackRun.Fix("CL5002", "a.posts.yaml", source);

        Assert.Equal([$"Il a dit «{Narrow}Bravo{Narrow}» puis «{Narrow}merci{Narrow}»."], PackRun.Texts("a.posts.yaml", text));
        Assert.Empty(left);
    }

    [Fact]
    public void Percent_currency_and_units_get_a_no_break_space_after_their_number()
    {
        var (text, left) = PackRun.Fix("CL5003", "a.md", "---\nchannel: x\nlang: fr\n---\n30% de remise, 29,99€/mois, 1 000 € et 10km.\n");

        Assert.EndsWith($"30{Regular}% de remise, 29,99{Regular}€/mois, 1 000{Regular}€ et 10{Regular}km.\n", text, StringComparison.Ordinal);
        Assert.Empty(left);
    }

    [Fact]
    public void English_posts_and_protected_text_are_not_changed()
    {
        const string english = "---\nchannel: linkedin\nlang: en\n---\nHello! 30% «quoted»\n";
        const string french = "---\nchannel: linkedin\nlang: fr\n---\nà 10:30 :) https://example.com/?a=1&b=50% `x ? y : z`\n";

        foreach (var id in new[] { "CL5001", "CL5002", "CL5003" })
        {
            Assert.Equal(english, PackRun.Fix(id, "a.md", english).Text);
            Assert.Equal(french, PackRun.Fix(id, "a.md", french).Text);
        }
    }
}
