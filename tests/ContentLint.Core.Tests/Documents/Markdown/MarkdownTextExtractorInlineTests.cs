using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents.Markdown;

public sealed class MarkdownTextExtractorInlineTests
{
    private const int L = MarkdownSample.FirstBodyLine;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Emphasis_markers_are_removed(bool crlf)
    {
        var sample = MarkdownSample.Create("Some *em* and __strong__ and ***both*** here,\nnot * this.\n", crlf);

        Assert.Equal("Some em and strong and both here,\nnot * this.", sample.Text);
        sample.AssertWord("strong", L, 17);
        sample.AssertWord("both", L, 33);
        sample.AssertWord("* this", L + 1, 5);
    }

    [Fact]
    public void Backslash_escape_is_one_synthetic_character_over_both_source_characters()
    {
        var sample = MarkdownSample.Create("2 \\* 3 \\_ok\\_ \\\\ done\n");

        Assert.Equal("2 * 3 _ok_ \\ done", sample.Text);
        Assert.Equal("\\*", sample.SourceOf(new TextSpan(2, 1)));
        Assert.Equal("\\_ok\\_", sample.SourceOf(new TextSpan(6, 4)));
        sample.AssertWord("ok", L, 10);
        sample.AssertWord("done", L, 18);
    }

    [Fact]
    public void Entities_are_decoded_and_map_to_the_whole_entity()
    {
        var sample = MarkdownSample.Create("Tom &amp; Jerry &#233;t&eacute; &#x1F600; &nope;\n");

        Assert.Equal("Tom & Jerry été 😀 &nope;", sample.Text);
        Assert.Equal("&amp;", sample.SourceOf(new TextSpan(4, 1)));
        Assert.Equal("&#233;t&eacute;", sample.SourceOf(new TextSpan(12, 3)));
        Assert.Equal("&#x1F600;", sample.SourceOf(new TextSpan(16, 2)));
        sample.AssertWord("Jerry", L, 11);
        sample.AssertWord("&nope;", L, 43);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Code_spans_are_code_regions(bool crlf)
    {
        var sample = MarkdownSample.Create("Use `dotnet test` or `` a`b `` or\n> quoted `multi\n> line` end\n", crlf);

        Assert.Equal("Use dotnet test or a`b or\n\nquoted multi line end", sample.Text);
        sample.AssertWord("test", L, 13);
        sample.AssertWord("a`b", L, 25);
        sample.AssertWord("line", L + 2, 3);
        Assert.Equal(
            [
                (TextRegionKind.Code, "dotnet test", "dotnet test"),
                (TextRegionKind.Code, "a`b", "a`b"),
                (TextRegionKind.Code, "multi line", crlf ? "multi\r\n> line" : "multi\n> line"),
            ],
            sample.Regions());
        Assert.True(sample.Result.IsInCode(new TextSpan(sample.Text.IndexOf("test", StringComparison.Ordinal), 4)));
        Assert.False(sample.Result.IsInCode(new TextSpan(0, 3)));
    }

    [Fact]
    public void Html_comments_and_tags_show_nothing()
    {
        var sample = MarkdownSample.Create("Hello <!-- contentlint-disable-line CL0002 --> <b>bold</b> world<br/>\n");

        Assert.Equal("Hello  bold world", sample.Text);
        sample.AssertWord("bold", L, 51);
        sample.AssertWord("world", L, 60);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Tabs_emoji_and_non_bmp_characters_stay_as_they_are(bool crlf)
    {
        var sample = MarkdownSample.Create("Col\tumn 🚀 *launch* 𝕏 post\n\n👩‍💻 dev\n", crlf);

        Assert.Equal("Col\tumn 🚀 launch 𝕏 post\n\n👩‍💻 dev", sample.Text);
        sample.AssertWord("umn", L, 5);
        sample.AssertWord("launch", L, 13);
        sample.AssertWord("𝕏", L, 21);
        sample.AssertWord("post", L, 24);
        sample.AssertWord("dev", L + 2, 7);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void French_punctuation_maps_exactly(bool crlf)
    {
        var sample = MarkdownSample.Create("L’équipe a dit : « *Bienvenue* ! »\nC’est **l’été**.\n", crlf);

        Assert.Equal("L’équipe a dit : « Bienvenue ! »\nC’est l’été.", sample.Text);
        sample.AssertWord("L’équipe", L, 1);
        sample.AssertWord("«", L, 18);
        sample.AssertWord("Bienvenue", L, 21);
        sample.AssertWord("! »", L, 32);
        sample.AssertWord("l’été", L + 1, 9);
    }
}
