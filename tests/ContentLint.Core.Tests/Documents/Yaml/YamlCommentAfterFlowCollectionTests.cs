using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Documents.Yaml;

/// <summary>
/// A comment line after a flow collection (<c>channels: [x, mastodon]</c>) made the suppression reader's
/// YAML parser throw, and the whole check with it (found by the fuzzer). Comments are read as tokens.
/// </summary>
public sealed class YamlCommentAfterFlowCollectionTests
{
    [Fact]
    public void A_calendar_with_a_comment_after_a_flow_list_is_checked_and_its_suppression_applies()
    {
        const string text = """
            posts:
              - id: a
                channels: [x, mastodon]
                # contentlint-disable-next-line CL0009 -- kept for later
                publsh_at: 2026-12-20
                #old: value
                text: >-
                  Hello
            """;

        var result = Lint.Text("cal.posts.yaml", text);

        Assert.DoesNotContain(result.Findings, f => f.RuleId is "CL0009" or "CL0011");
    }

    [Fact]
    public void A_post_whose_front_matter_has_a_comment_after_a_flow_list_is_checked()
    {
        const string text = "---\nchannels: [linkedin, x]\n# a note\ntags: {a: 1}\n# contentlint-disable-next-line CL0009\npublsh_at: 2026-12-20\n---\nHello\n";

        var result = Lint.Text("post.md", text);

        Assert.NotNull(result.Document);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "CL0009" && f.Covered(text) == "publsh_at");
    }
}
