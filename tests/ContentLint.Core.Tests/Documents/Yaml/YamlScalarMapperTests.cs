using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using YamlDotNet.Core;
using static ContentLint.Core.Tests.Documents.Yaml.YamlTestSupport;

namespace ContentLint.Core.Tests.Documents.Yaml;

public sealed class YamlScalarMapperTests
{
    [Fact]
    public void Plain_single_line_with_emoji_and_tab()
    {
        const string source = "text: Hello 😀 big\tworld";
        var mapped = MapValue(source, "text");

        Assert.Equal("Hello 😀 big\tworld", mapped.Text);
        AssertWord(source, mapped, "world", "1:20");
        AssertWord(source, mapped, "😀", "1:13");
        AssertRunsConsistent(source, mapped);
        Assert.Single(mapped.Map.Runs);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Plain_multi_line_folds_and_drops_line_edge_white_space(string nl)
    {
        var source = Lines(nl, "text: first line", "  second   line  ", "  ", "  third", "next: 1");
        var mapped = MapValue(source, "text");

        Assert.Equal("first line second   line\nthird", mapped.Text);
        AssertWord(source, mapped, "second", "2:3");
        AssertWord(source, mapped, "third", "4:3");
        AssertWord(source, mapped, "line second", "1:13", $"line{nl}  second");
        AssertRunsConsistent(source, mapped);
    }

    [Fact]
    public void Plain_in_a_flow_sequence()
    {
        const string source = "tags: [alpha, beta gamma]";
        var node = Scalars(source).Single(s => s.Value == "beta gamma");
        var mapped = YamlScalarMapper.Map(source, node);

        AssertWord(source, mapped, "gamma", "1:20");
    }

    [Fact]
    public void Single_quoted_doubled_quote_maps_to_both_quotes()
    {
        const string source = "text: 'It''s a ''quoted'' word'";
        var mapped = MapValue(source, "text");

        Assert.Equal("It's a 'quoted' word", mapped.Text);
        AssertWord(source, mapped, "quoted", "1:18");
        AssertWord(source, mapped, "It's", "1:8", "It''s");
        AssertWord(source, mapped, "'quoted'", "1:16", "''quoted''");
        AssertRunsConsistent(source, mapped);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Single_quoted_multi_line(string nl)
    {
        var source = Lines(nl, "text: 'first 😀  ", "   second''s", "", "   third  '");
        var mapped = MapValue(source, "text");

        Assert.Equal("first 😀 second's\nthird  ", mapped.Text);
        AssertWord(source, mapped, "second's", "2:4", "second''s");
        AssertWord(source, mapped, "third", "4:4");
        AssertRunsConsistent(source, mapped);
    }

    [Fact]
    public void Double_quoted_escapes_map_to_whole_sequences()
    {
        const string source = "text: \"caf\\u00e9 \\\"quoted\\\" tab\\there \\U0001F600 smile\\x41\"";
        var mapped = MapValue(source, "text");

        Assert.Equal("café \"quoted\" tab\there 😀 smileA", mapped.Text);
        AssertWord(source, mapped, "café", "1:8", "caf\\u00e9");
        AssertWord(source, mapped, "quoted", "1:20");
        AssertWord(source, mapped, "\"quoted\"", "1:18", "\\\"quoted\\\"");
        AssertWord(source, mapped, "here", "1:34");
        AssertWord(source, mapped, "😀", "1:39", "\\U0001F600");
        AssertWord(source, mapped, "smileA", "1:50", "smile\\x41");
        AssertRunsConsistent(source, mapped);
    }

    [Theory]
    [InlineData("\\n", "\n")]
    [InlineData("\\t", "\t")]
    [InlineData("\\\t", "\t")]
    [InlineData("\\ ", " ")]
    [InlineData("\\\"", "\"")]
    [InlineData("\\\\", "\\")]
    [InlineData("\\/", "/")]
    [InlineData("\\0", "\0")]
    [InlineData("\\a", "\a")]
    [InlineData("\\b", "\b")]
    [InlineData("\\e", "\x1B")]
    [InlineData("\\f", "\f")]
    [InlineData("\\r", "\r")]
    [InlineData("\\v", "\v")]
    [InlineData("\\N", "\u0085")]
    [InlineData("\\_", "\u00A0")]
    [InlineData("\\L", "\u2028")]
    [InlineData("\\P", "\u2029")]
    [InlineData("\\x41", "A")]
    [InlineData("\\u00e9", "é")]
    [InlineData("\\U0001F600", "😀")]
    [InlineData("\\uD83D\\uDE00", "😀")]
    public void Double_quoted_escape_in_a_word_maps_to_the_escape(string escape, string value)
    {
        var source = $"text: \"a{escape}b\"";
        var mapped = MapValue(source, "text");

        Assert.Equal($"a{value}b", mapped.Text);
        AssertWord(source, mapped, value, "1:9", escape);
        AssertWord(source, mapped, $"a{value}b", "1:8", $"a{escape}b");
        AssertRunsConsistent(source, mapped);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Double_quoted_folding_and_escaped_line_breaks(string nl)
    {
        var source = Lines(nl, "text: \"first", "  second \\", "   joined", "", "  third\"", "more: \"a\\", "", "  b\"");
        var mapped = MapValue(source, "text");

        Assert.Equal("first second joined\nthird", mapped.Text);
        AssertWord(source, mapped, "second", "2:3");
        AssertWord(source, mapped, "joined", "3:4");
        AssertWord(source, mapped, "third", "5:3");
        AssertRunsConsistent(source, mapped);

        var more = MapValue(source, "more");
        Assert.Equal("a\nb", more.Text);
        AssertWord(source, more, "b", "8:3");
    }

    [Theory]
    [InlineData("text: first\u0085  second", "1:15")]
    [InlineData("text: first\r  second\n", "2:3")]
    [InlineData("text: \"first\u0085  second\"", "1:16")]
    public void Nel_and_lone_cr_are_line_breaks(string source, string expected)
    {
        var mapped = MapValue(source, "text");

        Assert.Equal("first second", mapped.Text);
        AssertWord(source, mapped, "second", expected);
    }

    [Fact]
    public void Anchor_and_tag_before_the_scalar_are_skipped()
    {
        const string source = "text: &a !!str 'tagged word'";
        var node = ValueOf(source, "text");
        var mapped = YamlScalarMapper.Map(source, node);

        Assert.Equal(6, node.Start.Index); // YamlDotNet's start mark is on the anchor
        AssertWord(source, mapped, "word", "1:24");
    }

    [Fact]
    public void Byte_order_mark_is_read_by_YamlDotNet_as_part_of_the_first_scalar()
    {
        const string source = "\uFEFFtext: hello world";
        var scalars = Scalars(source);

        Assert.Equal("\uFEFFtext", scalars[0].Value);
        Assert.Equal(0, scalars[0].Start.Index);
        var mapped = YamlScalarMapper.Map(source, scalars[1]);
        AssertWord(source, mapped, "world", "1:14");

        var document = new SourceDocument("posts.yaml", source[1..], hasByteOrderMark: true);
        AssertWord(document.Text, MapValue(document.Text, "text"), "world", "1:13");
    }

    [Theory]
    [InlineData("a: \"\"", "a")]
    [InlineData("a: ''", "a")]
    [InlineData("a:\nb: 1", "a")]
    [InlineData("a: |\nb: 1", "a")]
    [InlineData("a: >-\n\nb: 1", "a")]
    public void Empty_values_map_to_empty_text(string source, string key)
    {
        Assert.Equal(string.Empty, MapValue(source, key).Text);
    }

    [Fact]
    public void A_value_that_does_not_match_the_source_throws()
    {
        const string source = "k: v\ntext: hello";
        var node = ValueOf(source, "text");

        var error = Assert.Throws<InvalidOperationException>(
            () => YamlScalarMapper.Map(source, (int)node.Start.Index, (int)node.End.Index, ScalarStyle.Plain, "hullo"));
        Assert.Contains("Plain", error.Message, StringComparison.Ordinal);
        Assert.Contains("2:7", error.Message, StringComparison.Ordinal);

        Assert.Throws<InvalidOperationException>(
            () => YamlScalarMapper.Map(source, (int)node.Start.Index, (int)node.End.Index, ScalarStyle.DoubleQuoted, "hello"));
    }
}
