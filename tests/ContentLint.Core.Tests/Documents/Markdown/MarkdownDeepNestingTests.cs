using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Markdown;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents.Markdown;

/// <summary>
/// Markdown nested deeper than Markdig reads is CL0015 on the line where it goes too deep, and the body is
/// still checked as typed; nesting Markdig accepts (10,000 unclosed brackets) is walked without recursion.
/// </summary>
public sealed class MarkdownDeepNestingTests
{
    private const string FrontMatter = "---\nchannel: x\n---\n";

    public static TheoryData<string> TooDeep() => new()
    {
        new string('>', 200) + " quoted",
        string.Concat(Enumerable.Repeat("- ", 300)) + "item",
        string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- item\n")),
        string.Concat(Enumerable.Repeat("*_", 10_000)) + "x",
        string.Concat(Enumerable.Repeat("*_", 5_000)) + "x" + string.Concat(Enumerable.Repeat("_*", 5_000)),
        new string('[', 50_000) + "x",
    };

    [Theory]
    [MemberData(nameof(TooDeep))]
    public void Too_deep_is_reported_on_its_line_and_the_body_is_still_checked(string deep)
    {
        var text = FrontMatter + "First line is fine.\n\n" + deep + "\nSecret after it.\n";

        var result = Lint.Text("post.md", text);

        var finding = Assert.Single(result.Findings, f => f.RuleId == "CL0015");
        Assert.InRange(finding.Position.Start.Line, 5, 5 + 300); // 0-based: in the deep part, not before it
        var part = Assert.Single(result.Document!.Posts).Parts[0].Text; // what the rules read: the body as typed
        Assert.Contains(deep[..50], part, StringComparison.Ordinal);
        Assert.Contains("Secret after it.", part, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deep_block_quote_is_reported_on_its_own_line()
    {
        var text = FrontMatter + "Fine.\n\nStill fine.\n" + new string('>', 200) + " deep\nAfter.\n";

        var finding = Assert.Single(Lint.Text("post.md", text).Findings, f => f.RuleId == "CL0015");

        Assert.Equal("7:1", finding.At());
        Assert.Equal(new string('>', 200) + " deep", finding.Covered(text));
    }

    [Fact]
    public void Nesting_markdig_accepts_gets_no_finding()
    {
        var result = Lint.Text("post.md", FrontMatter + new string('>', 60) + " quoted\n");

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "CL0015");
    }

    [Fact]
    public void Ten_thousand_unclosed_brackets_are_text_walked_without_recursion()
    {
        var body = new string('[', 10_000) + "x";

        var text = MarkdownTextExtractor.Extract(body, new TextSpan(0, body.Length), out var tooDeep);

        Assert.Null(tooDeep);
        Assert.Equal(body, text.Text);
    }

    [Theory]
    [InlineData("[x and more", "[x and more")]
    [InlineData("![alt never closed", "![alt never closed")]
    [InlineData("a [b [c] d", "a [b [c] d")]
    public void Unmatched_brackets_stay_in_the_text(string body, string expected)
    {
        var sample = MarkdownSample.Create(body + "\n");

        Assert.Equal(expected, sample.Text);
    }
}
