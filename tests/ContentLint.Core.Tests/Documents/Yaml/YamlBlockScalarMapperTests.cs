using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using static ContentLint.Core.Tests.Documents.Yaml.YamlTestSupport;

namespace ContentLint.Core.Tests.Documents.Yaml;

public sealed class YamlBlockScalarMapperTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Literal_with_tab_and_emoji(string nl)
    {
        var source = Lines(nl, "text: |", "  Hello world", "  \ttabbed 😀 line", "  last", "next: 1");
        var mapped = MapValue(source, "text");

        Assert.Equal("Hello world\n\ttabbed 😀 line\nlast\n", mapped.Text);
        AssertWord(source, mapped, "tabbed", "3:4");
        AssertWord(source, mapped, "line", "3:14");
        AssertWord(source, mapped, "last", "4:3");
        AssertWord(source, mapped, "world\n\ttabbed", "2:9", $"world{nl}  \ttabbed");
        AssertWord(source, mapped, "last\n", "4:3", $"last{nl}");
        AssertRunsConsistent(source, mapped);
    }

    [Theory]
    [InlineData("|", "\n", "alpha\nbeta\n")]
    [InlineData("|-", "\n", "alpha\nbeta")]
    [InlineData("|+", "\n", "alpha\nbeta\n\n\n")]
    [InlineData("|", "\r\n", "alpha\nbeta\n")]
    [InlineData("|-", "\r\n", "alpha\nbeta")]
    [InlineData("|+", "\r\n", "alpha\nbeta\n\n\n")]
    [InlineData(">", "\n", "alpha beta\n")]
    [InlineData(">-", "\n", "alpha beta")]
    [InlineData(">+", "\n", "alpha beta\n\n\n")]
    [InlineData(">", "\r\n", "alpha beta\n")]
    [InlineData(">-", "\r\n", "alpha beta")]
    [InlineData(">+", "\r\n", "alpha beta\n\n\n")]
    [InlineData("|2-", "\n", "alpha\nbeta")]
    [InlineData("|+2", "\r\n", "alpha\nbeta\n\n\n")]
    [InlineData(">2", "\n", "alpha beta\n")]
    [InlineData(">-2", "\r\n", "alpha beta")]
    [InlineData("|1", "\n", " alpha\n beta\n\n \n")]
    [InlineData(">1+", "\r\n", " alpha\n beta\n\n \n")]
    public void Chomping(string indicator, string nl, string expected)
    {
        var source = Lines(nl, $"text: {indicator}", "  alpha", "  beta", "", "  ", "next: 1");
        var mapped = MapValue(source, "text");

        Assert.Equal(expected, mapped.Text);
        AssertWord(source, mapped, "beta", "3:3");
        AssertRunsConsistent(source, mapped);
        var breaks = expected.Length - expected.TrimEnd('\n').Length;
        for (var i = expected.Length - breaks; i < expected.Length; i++)
        {
            var span = mapped.Map.MapSpan(new TextSpan(i, 1));
            Assert.Equal(nl, source.Substring(span.Start, span.Length));
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Folded_with_paragraphs_and_more_indented_lines(string nl)
    {
        var source = Lines(nl, "text: >", "  folded first", "  second line", "", "  new para", "    more indented", "  back  ", "next: 1");
        var mapped = MapValue(source, "text");

        Assert.Equal("folded first second line\nnew para\n  more indented\nback  \n", mapped.Text);
        AssertWord(source, mapped, "second", "3:3");
        AssertWord(source, mapped, "new", "5:3");
        AssertWord(source, mapped, "more", "6:5");
        AssertWord(source, mapped, "back", "7:3");
        AssertWord(source, mapped, "first second", "2:10", $"first{nl}  second");
        AssertRunsConsistent(source, mapped);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Folded_with_indentation_indicator_in_a_sequence(string nl)
    {
        var source = Lines(nl, "items:", "  - >-1", "    indented word", "   next", "other: 1");
        var node = Scalars(source).Single(s => s.Style == YamlDotNet.Core.ScalarStyle.Folded);
        var mapped = YamlScalarMapper.Map(source, node);

        Assert.Equal(" indented word\nnext", mapped.Text);
        AssertWord(source, mapped, "word", "3:14");
        AssertWord(source, mapped, "next", "4:4");
        AssertRunsConsistent(source, mapped);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Literal_with_indentation_indicator(string nl)
    {
        var source = Lines(nl, "text: |2", "    code block", "  back", "list:", "- k: |1", "    y z", "- |2", "   x");
        var mapped = MapValue(source, "text");

        Assert.Equal("  code block\nback\n", mapped.Text);
        AssertWord(source, mapped, "code", "2:5");
        AssertWord(source, mapped, "back", "3:3");

        var nested = MapValue(source, "k");
        Assert.Equal(" y z\n", nested.Text);
        AssertWord(source, nested, "z", "6:7");

        var item = YamlScalarMapper.Map(source, Scalars(source).Single(s => s.Value == " x"));
        AssertWord(source, item, "x", "8:4");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Literal_at_document_level_without_indentation(string nl)
    {
        var source = Lines(nl, "--- |", "foo bar", "...");
        var mapped = YamlScalarMapper.Map(source, Scalars(source).Single());

        Assert.Equal("foo bar\n", mapped.Text);
        AssertWord(source, mapped, "bar", "2:5");
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Literal_leading_empty_lines(string nl)
    {
        var source = Lines(nl, "text: |", "", "  ", "  first", "  second");
        var mapped = MapValue(source, "text");

        Assert.Equal("\n\nfirst\nsecond", mapped.Text);
        AssertWord(source, mapped, "first", "4:3");
        AssertWord(source, mapped, "second", "5:3");
        AssertRunsConsistent(source, mapped);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Anchor_tag_and_comment_before_a_block(string nl)
    {
        var source = Lines(nl, "text: &a !t | # note", "  tagged word", "folded: !!str", "  # comment", "  >", "   a\tb", "   c");
        var mapped = MapValue(source, "text");
        AssertWord(source, mapped, "word", "2:10");

        var folded = MapValue(source, "folded");
        Assert.Equal("a\tb c", folded.Text);
        AssertWord(source, folded, "b", "6:6");
        AssertWord(source, folded, "b c", "6:6", $"b{nl}   c");
    }

    [Fact]
    public void Block_end_mark_includes_trailing_empty_lines()
    {
        const string source = "text: |\n  line\n\n  \nnext: 1";
        var node = ValueOf(source, "text");

        Assert.Equal(6, node.Start.Index);
        Assert.Equal(source.IndexOf("next", StringComparison.Ordinal), node.End.Index);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Calendar_thread_parts_in_mixed_styles(string nl)
    {
        var source = Lines(nl,
            "posts:",
            "  - id: launch",
            "    thread:",
            "      - >-",
            "        Nouveau produit 🚀 disponible",
            "        dès aujourd'hui",
            "      - \"Prix : 10\\u00A0€\"",
            "      - |",
            "        Merci\t!",
            "      - 'C''est parti'");
        var parts = Scalars(source).Where(s => s.Start.Line >= 4).Select(s => YamlScalarMapper.Map(source, s)).ToList();

        Assert.Equal(["Nouveau produit 🚀 disponible dès aujourd'hui", "Prix : 10\u00A0€", "Merci\t!\n", "C'est parti"], parts.Select(p => p.Text));
        AssertWord(source, parts[0], "dès", "6:9");
        AssertWord(source, parts[1], "10\u00A0€", "7:17", "10\\u00A0€");
        AssertWord(source, parts[2], "!", "9:15");
        AssertWord(source, parts[3], "C'est", "10:10", "C''est");
    }

    [Fact]
    public void A_block_value_that_does_not_match_the_source_throws()
    {
        const string source = "text: >\n  folded\n  text\n";
        var node = ValueOf(source, "text");

        var error = Assert.Throws<InvalidOperationException>(() => YamlScalarMapper.Map(
            source, (int)node.Start.Index, (int)node.End.Index, YamlDotNet.Core.ScalarStyle.Literal, node.Value!));
        Assert.Contains("Literal", error.Message, StringComparison.Ordinal);
        Assert.Contains("1:7", error.Message, StringComparison.Ordinal);
    }
}
