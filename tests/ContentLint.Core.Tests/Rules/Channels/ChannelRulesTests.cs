using ContentLint.Core.Channels;
using ContentLint.Core.Configuration;
using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Rules;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Rules.Channels;

public sealed class ChannelRulesTests
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("Notre équipe prépare une annonce importante.", 6));

    [Fact]
    public void A_link_question_or_call_to_action_after_the_linkedin_fold_is_reported()
    {
        var text = $"---\nchannel: linkedin\n---\n{Filler} Inscrivez-vous : https://example.com/webinar ? \n";

        var findings = Lint.Text("a.md", text).Findings;

        Assert.Equal(["call to action", "link", "question"], findings.Select(f => f.Message.Split(' ')[2] is "call" ? "call to action" : f.Message.Split(' ')[2]));
        Assert.All(findings, f => Assert.Equal("CL1003", f.RuleId));
        Assert.Equal("https://example.com/webinar", findings[1].Covered(text));
    }

    [Fact]
    public void Nothing_is_reported_when_the_link_comes_before_the_fold()
    {
        var text = $"---\nchannel: linkedin\n---\nInscrivez-vous : https://example.com/webinar ? {Filler} https://example.com/more\n";

        Assert.Empty(Lint.Text("a.md", text).Findings);
    }

    [Fact]
    public void Instagram_caps_hashtags_at_five()
    {
        var text = "---\nchannel: instagram\n---\nNoël arrive #un #deux #trois #quatre #cinq #six #sept\n";

        var finding = Assert.Single(Lint.Text("a.md", text).Findings);

        Assert.Equal("7 hashtags on Instagram, 5 allowed: remove 2", finding.Message);
        Assert.Equal("#six #sept", finding.Covered(text));
    }

    [Fact]
    public void Threads_caps_links_at_five_and_mentions_can_be_capped_in_configuration()
    {
        var links = string.Join(' ', Enumerable.Range(1, 6).Select(i => $"https://example.com/{i}"));
        var config = Lint.DefaultConfig with { Channels = Lint.DefaultConfig.Channels.Add("x", new ChannelSettings { Name = "x", MaxMentions = 1 }) };

        var threads = Assert.Single(Lint.Text("a.md", $"---\nchannel: threads\n---\n{links}\n").Findings);
        var mentions = Assert.Single(Lint.Text("b.md", "---\nchannel: x\n---\nMerci @alice et @bob !\n", config).Findings);

        Assert.Equal("CL1006", threads.RuleId);
        Assert.Equal("2 mentions on X, 1 allowed: remove 1", mentions.Message);
    }

    [Fact]
    public void Youtube_titles_are_limited_to_100_characters()
    {
        var text = $"posts:\n  - channel: youtube\n    title: \"{new string('T', 105)}\"\n    text: Description.\n";

        var finding = Assert.Single(Lint.Text("a.posts.yaml", text).Findings);

        Assert.Equal("The title is too long for YouTube: 105/100, 5 over", finding.Message);
        Assert.Equal("TTTTT", finding.Covered(text));
    }

    [Fact]
    public void X_refuses_invisible_byte_order_marks_and_the_fix_deletes_them()
    {
        var text = "posts:\n  - channel: x\n    text: \"Hello\\uFEFF world\"\n";

        var finding = Assert.Single(Lint.Text("a.posts.yaml", text).Findings);

        Assert.Equal("X refuses this post: it contains U+FEFF", finding.Message);
        Assert.Equal("\\uFEFF", finding.Covered(text));
        Assert.Equal(string.Empty, Assert.Single(Assert.Single(finding.Fixes).Edits).NewText);
    }

    [Fact]
    public void New_channels_need_a_known_method_and_a_limit()
    {
        var result = ConfigurationLoader.Load(
            new SourceDocument("contentlint.yaml", "channels:\n  intranet: {method: graphems, limit: 10}\n  forum: {limit: 10}\n"),
            "/repo",
            new Linter(Lint.DefaultConfig, BuiltInRules.Shipped).Catalog);

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("found 'graphems'; did you mean 'graphemes'?", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("a new channel needs 'method' and 'limit'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_channel_is_known_and_counted_by_its_method()
    {
        var config = Lint.DefaultConfig with { Channels = Lint.DefaultConfig.Channels.Add("intranet", new ChannelSettings { Name = "intranet", Method = "graphemes", Limit = 5 }) };

        var finding = Assert.Single(Lint.Text("a.md", "---\nchannel: intranet\n---\nBonjour\n", config).Findings);

        Assert.Equal("Too long for intranet: 7/5 (grapheme clusters), 2 over", finding.Message);
    }

    [Fact]
    public void The_unknown_channel_docs_list_every_built_in_channel_with_its_aliases_from_the_channels_data()
    {
        var listed = string.Join(", ", BuiltInChannels.All.Select(channel =>
        {
            var aliases = BuiltInChannels.File.Aliases.Where(a => a.Value == channel.Name).Select(a => $"`{a.Key}`").Order(StringComparer.Ordinal).ToList();
            return aliases.Count == 0 ? $"`{channel.Name}`" : $"`{channel.Name}` (alias {string.Join(", ", aliases)})";
        }));

        var docs = DefaultRulePack.Rules.Single(r => r.Descriptor.Id == "CL1001").Descriptor.Description;

        Assert.Contains($"Built-in channels: {listed}. Declare", docs, StringComparison.Ordinal);
    }
}
