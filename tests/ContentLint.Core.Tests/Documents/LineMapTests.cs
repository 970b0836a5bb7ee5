using ContentLint.Core.Documents;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents;

public sealed class LineMapTests
{
    [Theory]
    [InlineData("a\nb", 2, 1, 0)]
    [InlineData("a\r\nb", 3, 1, 0)]
    [InlineData("a\rb", 2, 1, 0)]
    [InlineData("ab\r\n\r\ncd", 6, 2, 0)]
    [InlineData("😀x", 2, 0, 2)]
    public void Offsets_map_to_line_and_utf16_character(string text, int offset, int line, int character)
    {
        var map = new LineMap(text);

        Assert.Equal(new LinePosition(line, character), map.GetPosition(offset));
        Assert.Equal(offset, map.GetOffset(new LinePosition(line, character)));
    }

    [Fact]
    public void Line_text_excludes_the_line_break()
    {
        var map = new LineMap("one\r\ntwo\nthree");

        Assert.Equal(3, map.LineCount);
        Assert.Equal(["one", "two", "three"], Enumerable.Range(0, 3).Select(map.GetLineText));
        Assert.Equal(new TextSpan(0, 5), map.GetLineSpanIncludingBreak(0));
    }

    [Fact]
    public void Positions_past_the_end_are_clamped()
    {
        var map = new LineMap("ab\ncd");

        Assert.Equal(new LinePosition(1, 2), map.GetPosition(99));
        Assert.Equal(2, map.GetOffset(new LinePosition(0, 99)));
        Assert.Equal(5, map.GetOffset(new LinePosition(7, 0)));
    }

    [Fact]
    public void Trailing_line_break_makes_an_empty_last_line()
    {
        var map = new LineMap("a\n");

        Assert.Equal(2, map.LineCount);
        Assert.Equal(string.Empty, map.GetLineText(1));
        Assert.Equal(new LinePosition(1, 0), map.GetPosition(2));
    }
}
