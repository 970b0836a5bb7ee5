using ContentLint.Core.Documents;

namespace ContentLint.Core.Tests.Documents.Markdown;

public sealed class MarkdownTextExtractorCodeAndHtmlTests
{
    private const int L = MarkdownSample.FirstBodyLine;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fenced_code_block_lines_are_code(bool crlf)
    {
        var sample = MarkdownSample.Create("Run:\n\n```bash\nls -la\n\n\techo \"é\"\n```\n\nDone.\n", crlf);

        Assert.Equal("Run:\n\nls -la\n\n\techo \"é\"\n\nDone.", sample.Text);
        sample.AssertWord("ls -la", L + 3, 1);
        sample.AssertWord("echo", L + 5, 2);
        var code = Assert.Single(sample.Regions());
        Assert.Equal((TextRegionKind.Code, "ls -la\n\n\techo \"é\""), (code.Kind, code.Text));
        Assert.Equal(crlf ? "ls -la\r\n\r\n\techo \"é\"" : "ls -la\n\n\techo \"é\"", code.Source);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Indented_code_block_lines_are_code(bool crlf)
    {
        var sample = MarkdownSample.Create("Text:\n\n    first\n      second\n\nEnd\n", crlf);

        Assert.Equal("Text:\n\nfirst\n  second\n\nEnd", sample.Text);
        sample.AssertWord("second", L + 3, 7);
        var code = Assert.Single(sample.Regions());
        Assert.Equal((TextRegionKind.Code, "first\n  second"), (code.Kind, code.Text));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Code_block_in_a_block_quote_drops_the_markers(bool crlf)
    {
        var sample = MarkdownSample.Create("> ```\n> a = 1\n>\n> b = 2\n> ```\n", crlf);

        Assert.Equal("a = 1\n\nb = 2", sample.Text);
        sample.AssertWord("b = 2", L + 3, 3);
        Assert.Equal([(TextRegionKind.Code, "a = 1\n\nb = 2")], sample.Regions().Select(r => (r.Kind, r.Text)));
    }

    [Fact]
    public void Code_block_in_a_list_item_with_a_tab_keeps_its_text()
    {
        var sample = MarkdownSample.Create("- a\n\n\t\tx = 1\n");

        // Markdig spends the tabs on the item's and the code block's indentation: two columns remain.
        Assert.Equal("- a\n\n  x = 1", sample.Text);
        sample.AssertWord("x = 1", L + 2, 3);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Html_comment_blocks_show_nothing_other_html_blocks_are_kept(bool crlf)
    {
        var sample = MarkdownSample.Create("<!-- contentlint-disable CL0001 -->\nText\n\n<div>\nraw\n</div>\n\n<!--\nmulti\n-->\nEnd\n", crlf);

        Assert.Equal("Text\n\n<div>\nraw\n</div>\n\nEnd", sample.Text);
        sample.AssertWord("Text", L + 1, 1);
        sample.AssertWord("raw", L + 4, 1);
        sample.AssertWord("End", L + 10, 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Text_after_a_comment_on_its_line_is_kept(bool crlf)
    {
        var sample = MarkdownSample.Create("<!-- contentlint-disable-line CL0001 --> Kept *as typed*\n\n<div>\n  <!-- gone -->\n  <p>x <!-- y --> z</p>\n</div>\n", crlf);

        Assert.Equal("Kept *as typed*\n\n<div>\n<p>x  z</p>\n</div>", sample.Text);
        sample.AssertWord("Kept", L, 42);
        sample.AssertWord("<p>x", L + 4, 3);
        sample.AssertWord("z</p>", L + 4, 19);
    }
}
