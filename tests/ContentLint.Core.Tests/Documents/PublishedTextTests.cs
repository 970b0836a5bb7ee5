using ContentLint.Core.Channels;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Documents;

/// <summary>
/// A post's text is what platforms publish: without trailing line breaks, whatever the YAML scalar
/// style or chomping, as for Markdown bodies; what remains keeps its source positions.
/// </summary>
public sealed class PublishedTextTests
{
    [Theory]
    [InlineData("text: |\n      Hello.\n", "Hello.")]
    [InlineData("text: |+\n      Hello.\n\n\n", "Hello.")]
    [InlineData("text: >\n      Hello\n      world.\n\n", "Hello world.")]
    [InlineData("text: \"Hello.\\n\\n\"\n", "Hello.")]
    [InlineData("thread:\n      - |\n        One.\n      - Two.\n", "One.")]
    [InlineData("text: Hi.\n    variants:\n      x: |\n        Hello.\n", "Hi.")]
    public void Calendar_texts_have_no_trailing_line_break(string field, string first)
    {
        var source = $"posts:\n  - id: a\n    channel: x\n    {field}";

        var post = Assert.Single(Lint.Parse("c.posts.yaml", source).Posts);

        Assert.Equal(first, post.Parts[0].Text);
        Assert.All(post.AllTexts, t => Assert.False(t.Text.Length > 0 && char.IsWhiteSpace(t.Text[^1]), $"'{t.Text}'"));
        var span = post.Parts[0].SourceSpan;
        Assert.Equal(first.Split(' ')[^1], source.Substring(span.End - first.Split(' ')[^1].Length, first.Split(' ')[^1].Length));
    }

    [Fact]
    public void A_markdown_body_and_a_calendar_text_count_the_same()
    {
        var text = new string('a', 280);
        var markdown = Lint.Text("p.md", $"---\nchannel: x\n---\n{text}\n\n\n");
        var calendar = Lint.Text("c.posts.yaml", $"posts:\n  - id: a\n    channel: x\n    text: |\n      {text}\n");

        Assert.DoesNotContain(markdown.Findings, f => f.RuleId == "CL1002");
        Assert.DoesNotContain(calendar.Findings, f => f.RuleId == "CL1002");
    }

    [Theory]
    [InlineData("c.posts.yaml", "posts:\n  - id: a\n    channel: x\n    text: |+\n      {0}\n\n")]
    [InlineData("p.md", "---\nchannel: x\n---\n{0}\n\n")]
    public void The_editor_counter_counts_what_check_counts(string path, string template)
    {
        var source = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, new string('a', 280));

        var measure = Assert.Single(PostMeasures.Compute(Lint.Parse(path, source), new ChannelCatalog(Lint.DefaultConfig)));

        Assert.Equal("280/280", measure.Measurement.Ratio);
    }
}
