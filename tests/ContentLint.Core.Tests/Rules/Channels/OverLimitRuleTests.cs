using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Diagnostics;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Rules.Channels;

public sealed class OverLimitRuleTests
{
    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"mot{i % 10}"));

    [Fact]
    public void Over_the_x_limit_reports_the_overflow_with_count_and_method()
    {
        var text = "---\nchannel: x\n---\n" + new string('a', 281) + "\n";

        var finding = Assert.Single(Check("a.md", text).Findings);

        Assert.Equal("CL1002", finding.RuleId);
        Assert.Equal("Too long for X: 281/280 (X weighted length (twitter-text v3)), 1 over", finding.Message);
        Assert.Equal("a", finding.Covered(text));
        Assert.Equal("4:281", finding.At());
    }

    [Fact]
    public void Urls_count_23_on_x_so_a_long_url_fits()
    {
        var text = "---\nchannel: x\n---\n" + new string('a', 250) + " https://example.com/" + new string('p', 200) + "\n";

        Assert.Empty(Check("a.md", text).Findings);
    }

    [Fact]
    public void Bluesky_enforces_bytes_as_well_as_graphemes()
    {
        var family = "👩‍👩‍👧‍👦"; // 1 grapheme, 25 UTF-8 bytes
        var text = "posts:\n  - channel: bluesky\n    text: \"" + string.Concat(Enumerable.Repeat(family, 121)) + "\"\n";

        var finding = Assert.Single(Check("a.posts.yaml", text).Findings);

        Assert.Equal("Too long for Bluesky: 3025/3000 UTF-8 bytes, 25 over", finding.Message);
    }

    [Fact]
    public void Variants_are_checked_against_their_own_channel()
    {
        var longText = Words(80); // 399 characters: fine on Mastodon, too long on X
        var text = $"posts:\n  - id: p\n    channels: [x, mastodon]\n    text: short\n    variants:\n      x: {longText}\n      mastodon: {longText}\n";

        var finding = Assert.Single(Check("a.posts.yaml", text).Findings);

        Assert.StartsWith("Too long for X (variant): 399/280", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_can_be_raised_in_configuration()
    {
        var config = Lint.DefaultConfig with { Channels = Lint.DefaultConfig.Channels.Add("x", new ChannelSettings { Name = "x", Limit = 25000 }) };
        var text = "---\nchannel: x\n---\n" + Words(200) + "\n";

        Assert.Empty(Check("a.md", text, config).Findings);
    }

    [Fact]
    public void The_fix_turns_a_calendar_text_into_a_thread_within_the_limit()
    {
        var body = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"Phrase numéro {i} avec quelques mots de plus pour allonger « le texte »."));
        var source = $"posts:\n  - id: long\n    channel: x\n    text: {body}\n";

        var (fixedText, result) = Fix("a.posts.yaml", source);

        Assert.Empty(result.Findings);
        var post = Assert.Single(Lint.Parse("a.posts.yaml", fixedText).Posts);
        Assert.True(post.IsThread);
        Assert.True(post.Parts.Length >= 3);
        Assert.Equal(body, string.Join(' ', post.Parts.Select(p => p.Text)));
        Assert.All(post.Parts, p => Assert.EndsWith(".", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_fix_numbers_parts_when_configured_and_splits_markdown_with_dash_lines()
    {
        var config = Lint.DefaultConfig with { Channels = Lint.DefaultConfig.Channels.Add("mastodon", new ChannelSettings { Name = "mastodon", Limit = 100, ThreadNumbering = true }) };
        var body = "First sentence is here. Second sentence follows it closely. Third one is a question? Fourth ends it all!";
        var source = $"---\nchannel: mastodon\nlang: en\n---\n{body}\n";

        var (fixedText, result) = Fix("a.md", source, config);

        Assert.Empty(result.Findings);
        Assert.Contains("lang: en\nthread: true\n---\n", fixedText, StringComparison.Ordinal);
        var parts = Assert.Single(Lint.Parse("a.md", fixedText, config).Posts).Parts.Select(p => p.Text).ToList();
        Assert.True(parts.Count == 2, fixedText);
        Assert.Equal(["First sentence is here. Second sentence follows it closely. Third one is a question? 1/2", "Fourth ends it all! 2/2"], parts);
    }

    [Fact]
    public void No_split_is_offered_when_other_channels_would_change_too()
    {
        var text = "---\nchannels: [x, linkedin]\n---\n" + Words(80) + ".\n";

        var finding = Assert.Single(Check("a.md", text).Findings);

        Assert.Empty(finding.Fixes);
    }

    [Fact]
    public void A_thread_part_over_the_limit_is_reported_with_its_number_and_split()
    {
        var longPart = "One sentence here to start. " + Words(60) + ". Last words.";
        var source = $"posts:\n  - id: t\n    channel: x\n    thread:\n      - Short first part.\n      - \"{longPart}\"\n";

        var finding = Assert.Single(Check("a.posts.yaml", source).Findings);
        Assert.Equal("CL1007", finding.RuleId);
        Assert.StartsWith("Thread part 2 of 2 is too long for X:", finding.Message, StringComparison.Ordinal);

        var (fixedText, result) = Fix("a.posts.yaml", source);
        Assert.Empty(result.Findings);
        Assert.Equal(4, Assert.Single(Lint.Parse("a.posts.yaml", fixedText).Posts).Parts.Length);
    }

    /// <summary>Channel rules only: the default pack's style rules (long sentences, emoji density) also report on these synthetic texts.</summary>
    private static Linter ChannelLinter(LintConfiguration? config) =>
        new(config ?? Lint.DefaultConfig, BuiltInRules.Create().Where(r => r.Descriptor.Category == RuleCategory.Channels));

    private static FileLintResult Check(string path, string text, LintConfiguration? config = null) =>
        ChannelLinter(config).Lint(new SourceDocument(path, text));

    private static (string Text, FileLintResult Result) Fix(string path, string source, LintConfiguration? config = null)
    {
        var linter = ChannelLinter(config);
        var document = new SourceDocument(path, source);
        var (fixedDocument, result, _) = FixSession.Run(linter, document, linter.Lint(document));
        return (fixedDocument.Text, result);
    }
}
