using System.Text;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Documents;

/// <summary>
/// A finding on a word points at that word's exact line:column in the file, whatever the YAML scalar
/// style, line endings, tabs, BOM or non-BMP characters (DESIGN §2: "Positions are exact").
/// </summary>
public sealed class PositionTests
{
    public static TheoryData<string, string, string> Calendars => new()
    {
        { "plain", "posts:\n  - channel: x\n    text: Say target now\n", "3:15" },
        { "plain, multi-line", "posts:\n  - channel: x\n    text: first line\n      then target\n", "4:12" },
        { "single-quoted with ''", "posts:\n  - channel: x\n    text: 'it''s the target'\n", "3:22" },
        { "double-quoted with escapes", "posts:\n  - channel: x\n    text: \"caf\\u00e9 \\\"quoted\\\" target\"\n", "3:33" },
        { "double-quoted after \\n escape", "posts:\n  - channel: x\n    text: \"one\\ntwo target\"\n", "3:21" },
        { "double-quoted, escaped line break", "posts:\n  - channel: x\n    text: \"one \\\n      two target\"\n", "4:11" },
        { "double-quoted, non-BMP escape", "posts:\n  - channel: x\n    text: \"\\U0001F600 target\"\n", "3:23" },
        { "literal |", "posts:\n  - channel: x\n    text: |\n      line one\n      the target\n", "5:11" },
        { "literal |-", "posts:\n  - channel: x\n    text: |-\n      line one\n\n      target\n", "6:7" },
        { "literal |+", "posts:\n  - channel: x\n    text: |+\n      target\n\n", "4:7" },
        { "literal |2 indentation indicator", "posts:\n  - channel: x\n    text: |2\n        indented target\n", "4:18" },
        { "folded >", "posts:\n  - channel: x\n    text: >\n      one\n      two\n      three target\n", "6:13" },
        { "folded >-", "posts:\n  - channel: x\n    text: >-\n      one\n\n      target here\n", "6:7" },
        { "folded >+", "posts:\n  - channel: x\n    text: >+\n      one target\n\n", "4:11" },
        { "CRLF literal", "posts:\r\n  - channel: x\r\n    text: |\r\n      line one\r\n      the target\r\n", "5:11" },
        { "CRLF folded", "posts:\r\n  - channel: x\r\n    text: >\r\n      one\r\n      two target\r\n", "5:11" },
        { "CRLF double-quoted folding", "posts:\r\n  - channel: x\r\n    text: \"one\r\n      two target\"\r\n", "4:11" },
        { "tab in content", "posts:\n  - channel: x\n    text: |\n      a\tb\ttarget\n", "4:11" },
        { "emoji before the word", "posts:\n  - channel: x\n    text: 👩‍👩‍👧‍👦 🇫🇷 target\n", "3:28" },
        { "emoji in a literal block", "posts:\n  - channel: x\n    text: |\n      😀😀\n      😀 target\n", "5:10" },
        { "thread part", "posts:\n  - channel: x\n    thread:\n      - first\n      - \"second target\"\n", "5:17" },
        { "variant", "posts:\n  - channels: [x, mastodon]\n    text: main\n    variants:\n      mastodon: >-\n        variant\n        target\n", "7:9" },
    };

    [Theory]
    [MemberData(nameof(Calendars))]
    public void Calendar_scalars(string style, string source, string expected)
    {
        var finding = FindTarget("cal.posts.yaml", source);

        Assert.True(expected == finding.At(), $"{style}: expected {expected}, found {finding.At()}");
        Assert.Equal("target", finding.Covered(source));
    }

    public static TheoryData<string, string, string> MarkdownPosts => new()
    {
        { "plain body", "---\nchannel: x\n---\nSay target.\n", "4:5" },
        { "CRLF body after emphasis", "---\r\nchannel: x\r\n---\r\n**Bold** and\r\n_then_ target\r\n", "5:8" },
        { "after emoji and tab", "---\nchannel: x\n---\n🇫🇷\t😀 target\n", "4:9" },
        { "link text", "---\nchannel: x\n---\nSee [the target](https://example.com).\n", "4:10" },
        { "thread part 2", "---\nchannel: x\nthread: true\n---\none\n---\ntwo target\n", "7:5" },
    };

    [Theory]
    [MemberData(nameof(MarkdownPosts))]
    public void Markdown_bodies(string style, string source, string expected)
    {
        var finding = FindTarget("post.md", source);

        Assert.True(expected == finding.At(), $"{style}: expected {expected}, found {finding.At()}");
        Assert.Equal("target", finding.Covered(source));
    }

    [Fact]
    public void A_bom_is_not_counted_in_columns()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("posts:\n  - channel: x\n    text: target\n")];
        var document = SourceLoader.Decode("cal.posts.yaml", bytes).Document!;

        var linter = new Linter(Lint.DefaultConfig, BuiltInRules.Create().Append(new WordRule("target")));
        var finding = Assert.Single(linter.Lint(document).Findings);

        Assert.Equal("3:11", finding.At());
    }

    private static ContentLint.Core.Diagnostics.Finding FindTarget(string path, string source) =>
        Assert.Single(Lint.Text(path, source, null, new WordRule("target")).Findings, f => f.Rule == WordRule.Rule);
}
