using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Yaml;
using ContentLint.Core.Text;
using static ContentLint.Core.Tests.Documents.Yaml.YamlTestSupport;

namespace ContentLint.Core.Tests.Documents.Yaml;

public sealed class YamlScalarEncoderTests
{
    private static readonly (string Source, string Word, string Replacement, string? Expected)[] Cases =
    [
        // plain
        ("text: Hello world", "world", "there, friend", "Hello there, friend"),
        ("text: Hello world", "world", "wörld 😀 it's \"ok\"", "Hello wörld 😀 it's \"ok\""),
        ("text: first line\n  second line\nnext: 1", "second", "2nd", "first line 2nd line"),
        ("text: first line\n  second line\nnext: 1", "line second", "line, second", "first line, second line"),
        ("text: Hello world", "world", "a: b", null),
        ("text: Hello world", "world", "x #y", null),
        ("text: Hello world", "world", "note:", null),
        ("text: Hello world", "Hello", "- x", null),
        ("text: Hello world", "Hello", "!", null),
        ("text: Hello world", "Hello", "#tag", null),
        ("text: Hello world", "world", " x", null),
        ("text: Hello world", "world", "", null),
        ("text: Hello world", "world", "two\nlines", null),

        // single-quoted
        ("text: 'It''s fine'", "fine", "Bob's \"quote\" \\", "It's Bob's \"quote\" \\"),
        ("text: 'It''s fine'", "It's", "That's", "That's fine"),
        ("text: 'It''s fine'", "s f", "", "It'ine"),
        ("text: 'It''s fine'", "fine", "a\nb", null),
        ("text: 'first\n  second'", "second", " x", null),
        ("text: 'first\n  second'", "second", "", null),
        ("text: 'first\n  second'", "first second", "o'ne", "o'ne"),

        // double-quoted
        ("text: \"Hello world\"", "world", "say \"hi\" \\ now\n\tok", "Hello say \"hi\" \\ now\n\tok"),
        ("text: \"caf\\u00e9 bar\"", "café", "cafe", "cafe bar"),
        ("text: \"a\\tb\"", "a\tb", "x\u0085y\u2028z\u0001\u007F", "x\u0085y\u2028z\u0001\u007F"),
        ("text: \"\\U0001F600 x\"", "😀", "🎉", "🎉 x"),
        ("text: \"a b c\"", "b ", "", "a c"),
        ("text: \"first\n  second\"", "first", "one ", "one  second"),
        ("text: \"first\n  second\"", "second", " two", "first  two"),
        ("text: \"first\n  second\"", "second", "", null),
        ("text: \"first\n  second\"", "first second", "---x", "---x"),

        // literal
        ("text: |\n  Hello world\n  bye\nnext: 1", "world", "big\nworld", "Hello big\nworld\nbye\n"),
        ("text: |\n  Hello world\n  bye\nnext: 1", "world\nbye", "planet\n\n  ciao", "Hello planet\n\n  ciao\n"),
        ("text: |\n  Hello world\n  bye\nnext: 1", "Hello", "Hi 'there' \"#1\": ok", "Hi 'there' \"#1\": ok world\nbye\n"),
        ("text: |\n  Hello world\n  bye\nnext: 1", "Hello", "  Hi", null),
        ("text: |\n  Hello world\n  bye\nnext: 1", "world", "x\n", null),
        ("text: |\n  Hello world\n  bye\nnext: 1", "world", "", null),
        ("text: |2\n    code\nnext: 1", "code", "  x", "    x\n"),
        ("text: |2\n    code word\nnext: 1", "code ", "", "  word\n"),

        // folded
        ("text: >\n  folded first\n  second line\nnext: 1", "first", "1st", "folded 1st second line\n"),
        ("text: >\n  folded first\n  second line\nnext: 1", "first second", "first-second", "folded first-second line\n"),
        ("text: >\n  folded first\n  second line\nnext: 1", "second", "a\nb", null),
        ("text: >\n  folded first\n  second line\nnext: 1", "second", " x", null),
        ("text: >\n  folded first\n  second line\nnext: 1", "second ", "", null),
        ("text: >\n  a\n    b\n  c\nnext: 1", "a", "x", null),
    ];

    public static TheoryData<string, string, string, string?, string> Data()
    {
        var data = new TheoryData<string, string, string, string?, string>();
        foreach (var (source, word, replacement, expected) in Cases)
        {
            data.Add(source, word, replacement, expected, "\n");
            data.Add(source, word, replacement, expected, "\r\n");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Data))]
    public void Replacement_reads_back_as_the_edited_value(string source, string word, string replacement, string? expected, string nl)
    {
        source = source.Replace("\n", nl, StringComparison.Ordinal);
        var mapped = MapValue(source, "text");

        var edited = Replace(source, mapped, word, replacement);

        if (expected is null)
        {
            Assert.Null(edited);
            return;
        }

        Assert.NotNull(edited);
        Assert.Equal(expected, ValueOf(edited, "text").Value);
        Assert.Equal(ValueOf(source, "text").Style, ValueOf(edited, "text").Style);
        Assert.DoesNotContain('\n', edited.Replace(nl, string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_in_a_flow_collection_refuses_flow_indicators()
    {
        const string source = "tags: [alpha, beta]";
        var mapped = YamlScalarMapper.Map(source, Scalars(source).Single(s => s.Value == "beta"));

        Assert.Null(Replace(source, mapped, "beta", "b, c"));
        Assert.Null(Replace(source, mapped, "beta", "b]"));
        var edited = Replace(source, mapped, "beta", "gamma delta");
        Assert.Equal("tags: [alpha, gamma delta]", edited);
    }

    [Fact]
    public void Literal_without_indentation_refuses_line_breaks()
    {
        const string source = "--- |\nfoo bar\n";
        var mapped = YamlScalarMapper.Map(source, Scalars(source).Single());

        Assert.Null(Replace(source, mapped, "bar", "a\nb"));
        Assert.Equal("--- |\nfoo baz\n", Replace(source, mapped, "bar", "baz"));
    }

    [Fact]
    public void An_edit_cutting_an_escape_sequence_is_refused()
    {
        const string source = "text: \"\\U0001F600 x\\r\\n\"";
        var mapped = MapValue(source, "text");

        Assert.False(mapped.Map.TryMapEditSpan(new TextSpan(1, 1), out _)); // half of the surrogate pair
        Assert.True(mapped.Map.TryMapEditSpan(new TextSpan(0, 2), out var whole));
        Assert.Equal("\\U0001F600", source.Substring(whole.Start, whole.Length));
        Assert.True(mapped.Map.TryMapEditSpan(new TextSpan(5, 1), out var lineFeed));
        Assert.Equal("\\n", source.Substring(lineFeed.Start, lineFeed.Length));
    }
}
