using ContentLint.Core.Diagnostics.Engine;
using ContentLint.Core.Tests.TestSupport;

namespace ContentLint.Core.Tests.Diagnostics;

public sealed class SuppressionTests
{
    private static readonly WordRule Word = new("secret");

    [Fact]
    public void Disable_next_line_suppresses_only_the_next_line()
    {
        var result = Lint.Text("a.md", "---\nchannel: x\n---\n<!-- contentlint-disable-next-line TEST001 -- ok -->\nsecret one\n\nsecret two\n", null, Word);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("7:1", finding.At());
    }

    [Fact]
    public void Rules_can_be_named_by_kebab_name_and_blocks_end_at_enable()
    {
        const string text = "---\nchannel: x\n---\n<!-- contentlint-disable test-word -->\nsecret\n\nsecret\n<!-- contentlint-enable test-word -->\n\nsecret\n";

        var result = Lint.Text("a.md", text, null, Word);

        Assert.Equal(["10:1"], result.Findings.Select(f => f.At()));
    }

    [Fact]
    public void A_comment_without_rules_suppresses_every_rule()
    {
        var result = Lint.Text("a.md", "---\nchannel: x\n---\n<!-- contentlint-disable-next-line -->\nsecret\n", null, Word);

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Front_matter_disable_covers_the_whole_post()
    {
        var result = Lint.Text("a.md", "---\nchannel: x\ncontentlint: {disable: [TEST001]}\n---\nsecret\n\nsecret\n", null, Word);

        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("[[1]]")]
    [InlineData("[{a: 1}]")]
    [InlineData("\"\"")]
    public void A_front_matter_disable_whose_names_are_all_invalid_silences_nothing(string list)
    {
        var result = Lint.Text("a.md", $"---\nchannel: x\ncontentlint: {{disable: {list}}}\n---\nsecret\n", null, Word);

        Assert.Contains(result.Findings, f => f.At() == "5:1" && f.Rule.Id == "TEST001");
        Assert.Contains(result.Findings, f => f.Rule == FieldRules.InvalidFieldValue && f.At().StartsWith("3:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2006")]
    [InlineData(",")]
    [InlineData("[TEST001]")]
    public void A_comment_whose_list_holds_no_valid_name_is_reported_and_silences_nothing(string list)
    {
        var result = Lint.Text("a.md", $"---\nchannel: x\n---\n<!-- contentlint-disable-next-line {list} -->\nsecret\n", null, Word);

        Assert.Contains(result.Findings, f => f.At() == "5:1" && f.Rule.Id == "TEST001");
        Assert.Contains(result.Findings, f => f.Rule == SuppressionRules.InvalidSuppression && f.At() == "4:36");
    }

    [Fact]
    public void Unused_suppressions_are_reported_with_a_fix_that_removes_them()
    {
        const string text = "---\nchannel: x\n---\n<!-- contentlint-disable-next-line TEST001 -->\nnothing here\n";

        var result = Lint.Text("a.md", text, null, Word);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(SuppressionRules.UnusedSuppression, finding.Rule);
        Assert.Equal("TEST001", finding.Covered(text));
        var edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal("<!-- contentlint-disable-next-line TEST001 -->\n", text.Substring(edit.Span.Start, edit.Span.Length));
    }

    [Fact]
    public void Only_the_unused_rule_of_a_comment_is_removed()
    {
        const string text = "---\nchannel: x\n---\n<!-- contentlint-disable-next-line TEST001, CL0009 -->\nsecret\n";

        var result = Lint.Text("a.md", text, null, Word);

        var finding = Assert.Single(result.Findings);
        Assert.Equal("CL0009", finding.Covered(text));
        var edit = Assert.Single(Assert.Single(finding.Fixes).Edits);
        Assert.Equal(", CL0009", text.Substring(edit.Span.Start, edit.Span.Length));
    }

    [Fact]
    public void Unknown_rules_in_suppressions_are_reported_with_a_suggestion()
    {
        var result = Lint.Text("a.md", "---\nchannel: x\n---\n<!-- contentlint-disable-next-line TEST01 -->\nsecret\n", null, Word);

        Assert.Contains(result.Findings, f => f.Rule == SuppressionRules.InvalidSuppression && f.Message.EndsWith("did you mean 'TEST001'?", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Rule == WordRule.Rule);
    }

    [Fact]
    public void Parse_errors_cannot_be_suppressed()
    {
        var result = Lint.Text("a.posts.yaml", "# contentlint-disable\nposts: [\n");

        Assert.Contains(result.Findings, f => f.Rule == ParseRules.InvalidYaml);
    }
}
