using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Documents;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Documents.Markdown;

public sealed class MarkdownPostParserTests
{
    [Fact]
    public void Front_matter_fields_become_post_metadata()
    {
        var document = Lint.Parse("posts/launch.md", """
            ---
            channels: [linkedin, x]
            persona: careers
            type: Dialogue
            lang: fr-FR
            publish_at: 2026-12-01T09:00:00+01:00
            ---
            Bonjour **à tous** !
            """);

        var post = Assert.Single(document.Posts);
        Assert.Empty(document.Diagnostics);
        Assert.Equal("launch", post.Id);
        Assert.Equal(["linkedin", "x"], post.Channels.Select(c => c.Value));
        Assert.Equal("careers", post.Persona!.Value.Value);
        Assert.Equal(PostType.Dialogue, post.Type!.Value.Value);
        Assert.Equal("fr-FR", post.Lang!.Value.Value);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(1)), post.PublishAt!.Value.Value);
        Assert.Equal("Bonjour à tous !", Assert.Single(post.Parts).Text);
    }

    [Fact]
    public void Markdown_without_a_channel_is_not_a_post()
    {
        var readme = Lint.Parse("README.md", "# Posts\n\nOne file per post.\n");
        var page = Lint.Parse("page.md", "---\ntitle: About\n---\nText.\n");

        Assert.True(readme.IsSkipped);
        Assert.True(page.IsSkipped);
    }

    [Fact]
    public void A_misspelt_channel_field_makes_it_a_post_with_a_suggestion()
    {
        var document = Lint.Parse("typo.md", "---\nchanel: linkedin\n---\nText.\n");

        Assert.Single(document.Posts);
        Assert.Contains(document.Diagnostics, d => d.Rule == FieldRules.UnknownField && d.Message.Contains("did you mean 'channel'", StringComparison.Ordinal));
        Assert.Contains(document.Diagnostics, d => d.Rule == FieldRules.MissingChannel);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported_on_the_opening_line()
    {
        var document = Lint.Parse("open.md", "---\nchannel: x\nText without closing line.\n");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(ParseRules.UnclosedFrontMatter, diagnostic.Rule);
        Assert.Equal(new TextSpan(0, 3), diagnostic.Span);
        Assert.Empty(document.Posts);
    }

    [Fact]
    public void Invalid_yaml_in_front_matter_points_into_the_file()
    {
        const string text = "---\nchannel: x\npersona: [a, b\n---\nText.\n";

        var diagnostic = Assert.Single(Lint.Parse("bad.md", text).Diagnostics);

        Assert.Equal(ParseRules.InvalidYaml, diagnostic.Rule);
        Assert.True(diagnostic.Span.Start >= text.IndexOf("persona", StringComparison.Ordinal), $"span {diagnostic.Span} should be after the persona line");
    }

    [Theory]
    [InlineData("type: promoo", "expected 'promo' or 'dialogue', found 'promoo'; did you mean 'promo'?")]
    [InlineData("lang: français", "expected a language tag")]
    [InlineData("publish_at: next monday", "expected an ISO 8601 date")]
    [InlineData("thread: maybe", "expected true or false")]
    [InlineData("channels: []", "the list of channels is empty")]
    public void Invalid_values_are_reported_on_the_value(string field, string expected)
    {
        var text = $"---\nchannel: x\n{field}\n---\nText.\n";
        if (field.StartsWith("channels", StringComparison.Ordinal))
        {
            text = $"---\n{field}\n---\nText.\n";
        }

        var diagnostic = Assert.Single(Lint.Parse("post.md", text).Diagnostics, d => d.Rule == FieldRules.InvalidFieldValue);

        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(field[(field.IndexOf(':', StringComparison.Ordinal) + 2)..], text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Fact]
    public void A_thread_splits_on_dash_lines_before_markdown_sees_them()
    {
        var document = Lint.Parse("thread.md", "---\nchannel: x\nthread: true\n---\nFirst part\n---\nSecond part\r\n---\nThird\n");

        var post = Assert.Single(document.Posts);
        Assert.True(post.IsThread);
        Assert.Equal(["First part", "Second part", "Third"], post.Parts.Select(p => p.Text));
    }

    [Fact]
    public void An_empty_body_or_thread_part_is_missing_text()
    {
        var empty = Lint.Parse("empty.md", "---\nchannel: x\n---\n\n");
        var thread = Lint.Parse("thread.md", "---\nchannel: x\nthread: true\n---\nOne\n---\n\n---\nThree\n");

        Assert.Contains(empty.Diagnostics, d => d.Rule == ParseRules.MissingText);
        Assert.Contains(thread.Diagnostics, d => d.Rule == ParseRules.MissingText && d.Message.Contains("thread part 2 of 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_and_yaml_suppression_comments_are_found()
    {
        const string text = """
            ---
            channel: x
            # contentlint-disable-next-line CL0009
            campaign: noel
            contentlint: {disable: [CL4001]}
            ---
            <!-- contentlint-disable-next-line CL2001 CL2002 -- public since June -->
            Text.
            `<!-- contentlint-disable CL2003 -->` is code, not a comment.
            """;

        var suppressions = Lint.Parse("post.md", text).Suppressions;

        Assert.Equal(3, suppressions.Length);
        var html = Assert.Single(suppressions, s => s.Rules.Length == 2);
        Assert.Equal("public since June", html.Reason);
        Assert.Equal("Text.", text.Substring(html.Scope!.Value.Start, html.Scope.Value.Length));
        var yaml = Assert.Single(suppressions, s => s.Rules.Any(r => r.Value == "CL0009"));
        Assert.Equal("campaign: noel", text.Substring(yaml.Scope!.Value.Start, yaml.Scope.Value.Length));
        Assert.Contains(suppressions, s => s.Kind == ContentLint.Core.Documents.SuppressionKind.DisablePost);
    }
}
