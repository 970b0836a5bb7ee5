using ContentLint.Core.Documents;
using ContentLint.Core.Documents.Markdown;
using ContentLint.Core.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ContentLint.Core.Tests.Documents.Markdown;

public sealed class MarkdownTextExtractorPropertyTests
{
    private static readonly string[] Tokens =
    [
        "a", "b", "é", "Z", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "*", "_", "`", "```", "~~~", "[", "]", "(", ")",
        "#", ">", "-", "---", "1.", "\\", "&", "&amp;", "&#233;", ";", "<", ">", "!", "<!--", "-->", "<b>", ":", "http://x.io",
        "😀", "𝕏", "’", "«", "»", "    ",
    ];

    private static Arbitrary<string> MarkdownIsh() =>
        Gen.Elements(Tokens).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Extract_never_throws_and_verbatim_runs_copy_the_source() =>
        Prop.ForAll(MarkdownIsh(), MarkdownIsh(), (prefix, body) =>
        {
            var source = prefix + body + "\ntrailer";
            var range = new TextSpan(prefix.Length, body.Length);

            var result = MarkdownTextExtractor.Extract(source, range);

            MarkdownSample.AssertWellMapped(source, range, result);
            Assert.Equal(result.Text.Length, result.Map.TextLength);
            Assert.Equal(result.Text.Trim(), result.Text);
            foreach (var region in result.Regions)
            {
                Assert.True(region.Span.End <= result.Text.Length);
            }
        });

    [Property(MaxTest = 300)]
    public Property Thread_parts_and_separators_tile_the_body() =>
        Prop.ForAll(MarkdownIsh(), body =>
        {
            var source = "x" + body;
            var range = new TextSpan(1, body.Length);

            var parts = MarkdownThreadSplitter.Split(source, range);

            Assert.NotEmpty(parts);
            Assert.Equal(range.Start, parts[0].Start);
            Assert.Equal(range.End, parts[^1].End);
            for (var i = 1; i < parts.Length; i++)
            {
                var separator = source[parts[i - 1].End..parts[i].Start];
                Assert.StartsWith("---", separator, StringComparison.Ordinal);
                Assert.Equal(string.Empty, separator[3..].Trim(' ', '\t', '\r', '\n'));
            }
        });
}
