using ContentLint.Core.Documents;

namespace ContentLint.Core.Tests.Documents.Markdown;

public sealed class MarkdownTextExtractorBlockTests
{
    private const int L = MarkdownSample.FirstBodyLine;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Paragraphs_are_separated_by_a_blank_line(bool crlf)
    {
        var sample = MarkdownSample.Create("First para.\n\n\nSecond para.\n", crlf);

        Assert.Equal("First para.\n\nSecond para.", sample.Text);
        sample.AssertWord("Second", L + 3, 1);
        sample.AssertWord("para.", L + 3, 8, occurrence: 1);
        var separator = sample.SourceOf(new TextSpan(11, 2));
        Assert.Equal(crlf ? "\r\n\r\n\r\n" : "\n\n\n", separator);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Soft_line_break_is_one_newline_mapped_to_the_line_ending(bool crlf)
    {
        var sample = MarkdownSample.Create("one line\nand another\n", crlf);

        Assert.Equal("one line\nand another", sample.Text);
        Assert.Equal(crlf ? "\r\n" : "\n", sample.SourceOf(new TextSpan(8, 1)));
        sample.AssertWord("another", L + 1, 5);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Hard_line_breaks_map_to_trailing_spaces_or_backslash(bool crlf)
    {
        var sample = MarkdownSample.Create("spaces  \nbackslash\\\nend\n", crlf);
        var newline = crlf ? "\r\n" : "\n";

        Assert.Equal("spaces\nbackslash\nend", sample.Text);
        Assert.Equal("  " + newline, sample.SourceOf(new TextSpan(6, 1)));
        Assert.Equal("\\" + newline, sample.SourceOf(new TextSpan(16, 1)));
        sample.AssertWord("end", L + 2, 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Heading_markers_are_removed(bool crlf)
    {
        var sample = MarkdownSample.Create("# Titre *principal* #\n\nSous-titre\n----------\n\nTexte.\n", crlf);

        Assert.Equal("Titre principal\n\nSous-titre\n\nTexte.", sample.Text);
        sample.AssertWord("principal", L, 10);
        sample.AssertWord("Sous-titre", L + 2, 1);
        sample.AssertWord("Texte", L + 5, 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Block_quote_markers_are_removed(bool crlf)
    {
        var sample = MarkdownSample.Create("Intro\n> quoted *text*\n> second line\n>\n> next para\n", crlf);

        Assert.Equal("Intro\n\nquoted text\nsecond line\n\nnext para", sample.Text);
        sample.AssertWord("text", L + 1, 11);
        sample.AssertWord("second", L + 2, 3);
        sample.AssertWord("next", L + 4, 3);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Tight_list_keeps_markers_one_item_per_line(bool crlf)
    {
        var sample = MarkdownSample.Create("Points:\n\n- first\n* other\n1. one\n2. two\n   - nested **bold**\n\nAfter.\n", crlf);

        Assert.Equal("Points:\n\n- first\n\n* other\n\n1. one\n2. two\n- nested bold\n\nAfter.", sample.Text);
        sample.AssertWord("- first", L + 2, 1);
        sample.AssertWord("2. two", L + 5, 1);
        sample.AssertWord("- nested", L + 6, 4);
        sample.AssertWord("bold", L + 6, 15);
        sample.AssertWord("After", L + 8, 1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Loose_list_items_are_separated_by_a_blank_line(bool crlf)
    {
        var sample = MarkdownSample.Create("- a\n\n- b\n\n  more b\n", crlf);

        Assert.Equal("- a\n\n- b\n\nmore b", sample.Text);
        sample.AssertWord("b", L + 2, 3);
        sample.AssertWord("more", L + 4, 3);
    }

    [Fact]
    public void List_marker_keeps_the_white_space_typed_after_it()
    {
        var sample = MarkdownSample.Create("-\tTab item\n10)  Ten\n");

        Assert.Equal("-\tTab item\n\n10)  Ten", sample.Text);
        sample.AssertWord("Tab", L, 3);
        sample.AssertWord("10)  Ten", L + 1, 1);
    }

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

    [Fact]
    public void Thematic_breaks_show_nothing_and_white_space_is_trimmed()
    {
        var sample = MarkdownSample.Create("\n\n   \n***\n\nOnly text\n\n* * *\n\n");

        Assert.Equal("Only text", sample.Text);
        sample.AssertWord("Only", L + 5, 1);
    }

    [Fact]
    public void Empty_and_syntax_only_bodies_give_empty_text()
    {
        Assert.Equal(string.Empty, MarkdownSample.Create(string.Empty).Text);
        Assert.Equal(string.Empty, MarkdownSample.Create("![img](a.png)\n\n<!-- c -->\n---\n").Text);
    }

    [Fact]
    public void Range_excludes_text_after_it()
    {
        const string source = "---\nthread: true\n---\nPart one\n---\nPart two\n";
        var range = new TextSpan(source.IndexOf("Part one", StringComparison.Ordinal), "Part one\n".Length);

        var result = ContentLint.Core.Documents.Markdown.MarkdownTextExtractor.Extract(source, range);

        Assert.Equal("Part one", result.Text);
        Assert.Equal(new TextSpan(range.Start, 8), result.SourceSpan);
    }
}
