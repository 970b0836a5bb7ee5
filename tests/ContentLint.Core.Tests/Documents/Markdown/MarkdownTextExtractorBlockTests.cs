using ContentLint.Core.Documents;
using ContentLint.Core.Text;

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
