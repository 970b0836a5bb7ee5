using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Diagnostics;

/// <summary>
/// A YAML <c>disable-next-line</c> comment covers the entry it precedes, wherever that entry is —
/// not the collection that happens to start on the same line (issue 10).
/// </summary>
public sealed class YamlNextLineScopeTests
{
    private static readonly WordRule Word = new("secret");

    private static string[] WordFindings(string path, string text) =>
        [.. Lint.Text(path, text, null, Word).Findings.Where(f => f.Rule == WordRule.Rule).Select(f => f.At())];

    [Fact]
    public void A_comment_above_the_first_post_covers_that_post_only()
    {
        const string text = "posts:\n  # contentlint-disable-next-line TEST001\n  - id: a\n    channel: x\n    text: secret a\n  - id: b\n    channel: x\n    text: secret b\n";

        Assert.Equal(["8:11"], WordFindings("c.posts.yaml", text));
    }

    [Fact]
    public void A_comment_above_a_later_post_covers_that_post_only()
    {
        const string text = "posts:\n  - id: a\n    channel: x\n    text: secret a\n  # contentlint-disable-next-line TEST001\n  - id: b\n    channel: x\n    text: secret b\n";

        Assert.Equal(["4:11"], WordFindings("c.posts.yaml", text));
    }

    [Fact]
    public void A_comment_above_a_dash_alone_on_its_line_covers_that_post()
    {
        const string text = "posts:\n  # contentlint-disable-next-line TEST001\n  -\n    id: a\n    channel: x\n    text: secret a\n  - id: b\n    channel: x\n    text: secret b\n";

        Assert.Equal(["9:11"], WordFindings("c.posts.yaml", text));
    }

    [Fact]
    public void A_comment_above_posts_covers_every_post_like_a_key_covers_its_value()
    {
        const string text = "# contentlint-disable-next-line TEST001\nposts:\n  - id: a\n    channel: x\n    text: secret a\n  - id: b\n    channel: x\n    text: secret b\n";

        Assert.Empty(WordFindings("c.posts.yaml", text));
    }

    [Fact]
    public void A_comment_on_the_first_line_of_a_file_does_not_cover_the_root_mapping()
    {
        const string text = "# contentlint-disable-next-line TEST001\ndefaults:\n  persona: support\nposts:\n  - id: a\n    channel: x\n    text: secret a\n";

        var result = Lint.Text("c.posts.yaml", text, null, Word);

        Assert.Equal(["7:11"], result.Findings.Where(f => f.Rule == WordRule.Rule).Select(f => f.At()));
        Assert.Contains(result.Findings, f => f.Rule == SuppressionRules.UnusedSuppression && f.At() == "1:33");
    }

    [Fact]
    public void A_comment_after_a_document_marker_does_not_cover_the_root_mapping()
    {
        const string text = "---\n# contentlint-disable-next-line TEST001\nposts:\n  - id: a\n    channel: x\n    text: secret a\n";

        Assert.Empty(WordFindings("c.posts.yaml", text));
        const string above = "# contentlint-disable-next-line TEST001\n---\nposts:\n  - id: a\n    channel: x\n    text: secret a\n";
        Assert.Equal(["6:11"], WordFindings("c.posts.yaml", above));
    }

    [Fact]
    public void A_comment_above_the_first_key_of_defaults_covers_that_key_only()
    {
        const string text = "defaults:\n  # contentlint-disable-next-line TEST001\n  persona: secret\n  lang: secret\nposts:\n  - id: a\n    channel: x\n    text: hello\n";

        var document = Lint.Parse("c.posts.yaml", text);

        var scope = Assert.Single(document.Suppressions).Scope!.Value;
        Assert.Equal("  persona: secret", text.Substring(scope.Start, scope.Length));
    }

    [Fact]
    public void A_comment_above_the_first_thread_part_covers_that_part_only()
    {
        const string text = "posts:\n  - id: a\n    channel: x\n    thread:\n      # contentlint-disable-next-line TEST001\n      - secret one\n      - secret two\n";

        Assert.Equal(["7:9"], WordFindings("c.posts.yaml", text));
    }

    [Fact]
    public void A_comment_above_the_first_variant_covers_that_variant_only()
    {
        const string text = "posts:\n  - id: a\n    channels: [x, mastodon]\n    text: hello\n    variants:\n      # contentlint-disable-next-line TEST001\n      x: |\n        secret x\n      mastodon: secret m\n";

        Assert.Equal(["9:17"], WordFindings("c.posts.yaml", text));
    }

    [Fact]
    public void A_comment_above_a_flow_sequence_item_covers_that_item_only()
    {
        const string text = "posts:\n  - id: a\n    channel: x\n    thread: [\n      # contentlint-disable-next-line TEST001\n      secret one,\n      secret two]\n";

        Assert.Equal(["7:7"], WordFindings("c.posts.yaml", text));
    }

    [Fact]
    public void A_comment_at_the_top_of_a_front_matter_covers_its_first_field_only()
    {
        const string text = "---\n# contentlint-disable-next-line TEST001\nchannel: x\ntitle: secret\n---\nsecret\n";

        var document = Lint.Parse("a.md", text);

        var scope = Assert.Single(document.Suppressions).Scope!.Value;
        Assert.Equal("channel: x", text.Substring(scope.Start, scope.Length));
    }
}
