using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Markdown;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents.Markdown;

public sealed class MarkdownThreadSplitterTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Separator_lines_split_and_are_left_out(bool crlf)
    {
        var (source, body) = Sample("First part\n---\nSecond part\n---   \nThird\n", crlf);
        var nl = crlf ? "\r\n" : "\n";

        var parts = Texts(source, MarkdownThreadSplitter.Split(source, body));

        Assert.Equal(["First part" + nl, "Second part" + nl, "Third" + nl], parts);
    }

    [Fact]
    public void Parts_extract_without_setext_headings_and_map_to_the_file()
    {
        var (source, body) = Sample("Intro text\n---\nPart *two*\n", crlf: true);

        var parts = MarkdownThreadSplitter.Split(source, body);
        var first = MarkdownTextExtractor.Extract(source, parts[0]);
        var second = MarkdownTextExtractor.Extract(source, parts[1]);

        Assert.Equal("Intro text", first.Text);
        Assert.Equal("Part two", second.Text);
        var two = second.Map.MapSpan(new TextSpan(5, 3));
        Assert.Equal("two", source.Substring(two.Start, two.Length));
        Assert.Equal("7:7", new LineMap(source).GetPosition(two.Start).ToString());
    }

    [Fact]
    public void Separator_inside_a_fenced_code_block_does_not_split()
    {
        var (source, body) = Sample("Code:\n```yaml\n---\nkey: v\n```\n---\n~~~~\n---\n~~~\n---\n~~~~\nEnd\n", crlf: false);

        var parts = Texts(source, MarkdownThreadSplitter.Split(source, body));

        Assert.Equal(["Code:\n```yaml\n---\nkey: v\n```\n", "~~~~\n---\n~~~\n---\n~~~~\nEnd\n"], parts);
    }

    [Fact]
    public void Empty_parts_are_kept()
    {
        var (source, body) = Sample("---\nOne\n---\n---\nTwo\n---\n", crlf: false);

        var parts = Texts(source, MarkdownThreadSplitter.Split(source, body));

        Assert.Equal(["", "One\n", "", "Two\n", ""], parts);
    }

    [Theory]
    [InlineData("----")]
    [InlineData(" ---")]
    [InlineData("--- x")]
    [InlineData("***")]
    [InlineData("- - -")]
    public void Other_lines_do_not_split(string line)
    {
        var (source, body) = Sample($"A\n{line}\nB", crlf: false);

        Assert.Equal([body], MarkdownThreadSplitter.Split(source, body).ToArray());
    }

    [Fact]
    public void Lone_carriage_returns_end_lines_and_body_without_separator_is_one_part()
    {
        const string source = "A\r---\rB";
        Assert.Equal(["A\r", "B"], Texts(source, MarkdownThreadSplitter.Split(source, new TextSpan(0, source.Length))));
        Assert.Equal([new TextSpan(2, 3)], MarkdownThreadSplitter.Split("x\nabc\ny", new TextSpan(2, 3)).ToArray());
    }

    private static (string Source, TextSpan Body) Sample(string body, bool crlf)
    {
        var frontMatter = "---\nchannel: x\nthread: true\n---\n";
        if (crlf)
        {
            frontMatter = frontMatter.Replace("\n", "\r\n", StringComparison.Ordinal);
            body = body.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return (frontMatter + body, new TextSpan(frontMatter.Length, body.Length));
    }

    private static string[] Texts(string source, IEnumerable<TextSpan> spans) =>
        [.. spans.Select(s => source.Substring(s.Start, s.Length))];
}
