using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents.Markdown;

public sealed class MarkdownTextExtractorLinkTests
{
    private const int L = MarkdownSample.FirstBodyLine;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Inline_link_is_label_space_url(bool crlf)
    {
        var sample = MarkdownSample.Create("Read [the *docs*](https://ex.com/a?b=1 \"Title\") now.\n[next\nline](<https://ex.com/b>)\n", crlf);

        Assert.Equal("Read the docs https://ex.com/a?b=1 now.\nnext\nline https://ex.com/b", sample.Text);
        sample.AssertWord("docs", L, 12);
        sample.AssertWord("https://ex.com/a?b=1", L, 19);
        sample.AssertWord("line", L + 2, 1);
        sample.AssertWord("https://ex.com/b", L + 2, 8);
        Assert.Equal("](", sample.SourceOf(new TextSpan(13, 1)));
        Assert.Equal("](<", sample.SourceOf(new TextSpan(sample.Text.LastIndexOf(' '), 1)));
        Assert.Equal(
            [
                (TextRegionKind.LinkTarget, "https://ex.com/a?b=1", "https://ex.com/a?b=1"),
                (TextRegionKind.LinkTarget, "https://ex.com/b", "https://ex.com/b"),
            ],
            sample.Regions());
    }

    [Fact]
    public void Link_whose_label_is_the_url_shows_the_url_once()
    {
        var sample = MarkdownSample.Create("See [https://x.io/p](https://x.io/p).\n");

        Assert.Equal("See https://x.io/p.", sample.Text);
        sample.AssertWord("https://x.io/p", L, 22);
        Assert.Equal([(TextRegionKind.LinkTarget, "https://x.io/p", "https://x.io/p")], sample.Regions());
    }

    [Fact]
    public void Link_without_label_shows_its_url_and_link_without_url_its_label()
    {
        var sample = MarkdownSample.Create("a [](https://e.io) b [label]() c [![logo](l.png)](https://img.io)\n");

        Assert.Equal("a https://e.io b label c https://img.io", sample.Text);
        sample.AssertWord("https://e.io", L, 6);
        sample.AssertWord("label", L, 23);
        sample.AssertWord("https://img.io", L, 51);
        Assert.Equal(2, sample.Result.Regions.Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Autolink_is_its_url_and_bare_url_is_plain_text(bool crlf)
    {
        var sample = MarkdownSample.Create("Go <https://auto.io/x> or <me@mail.fr>\nor https://bare.io\n", crlf);

        Assert.Equal("Go https://auto.io/x or me@mail.fr\nor https://bare.io", sample.Text);
        sample.AssertWord("https://auto.io/x", L, 5);
        sample.AssertWord("me@mail.fr", L, 28);
        sample.AssertWord("https://bare.io", L + 1, 4);
        Assert.Equal(
            [
                (TextRegionKind.LinkTarget, "https://auto.io/x", "https://auto.io/x"),
                (TextRegionKind.LinkTarget, "me@mail.fr", "me@mail.fr"),
            ],
            sample.Regions());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reference_links_take_their_url_from_the_definition(bool crlf)
    {
        var sample = MarkdownSample.Create("A [full][r1], [r1] and [Coll][].\n\n[r1]: https://ref.io/x \"t\"\n[coll]: <https://coll.io>\n", crlf);

        Assert.Equal("A full https://ref.io/x, r1 https://ref.io/x and Coll https://coll.io.", sample.Text);
        sample.AssertWord("full", L, 4);
        sample.AssertWord("https://ref.io/x", L + 2, 7);
        sample.AssertWord("https://ref.io/x", L + 2, 7, occurrence: 1);
        sample.AssertWord("Coll", L, 25);
        sample.AssertWord("https://coll.io", L + 3, 10);
        Assert.Equal("][r1]", sample.SourceOf(new TextSpan(6, 1)));
        Assert.Equal(3, sample.Result.Regions.Count(r => r.Kind == TextRegionKind.LinkTarget));
    }

    [Fact]
    public void Images_show_nothing()
    {
        var sample = MarkdownSample.Create("Before ![alt *text*](pic.png \"t\") after.\n\n![only](x.png)\n\nEnd\n");

        Assert.Equal("Before  after.\n\nEnd", sample.Text);
        sample.AssertWord("after", L, 35);
        sample.AssertWord("End", L + 4, 1);
        Assert.Empty(sample.Result.Regions);
    }

    [Fact]
    public void Unclosed_brackets_stay_text()
    {
        var sample = MarkdownSample.Create("[not a link](x and [x]\n");

        Assert.Equal("[not a link](x and [x]", sample.Text);
        sample.AssertWord("[x]", L, 20);
    }
}
