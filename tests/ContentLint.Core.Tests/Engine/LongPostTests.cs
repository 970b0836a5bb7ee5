using ContentLint.Core.Documents;
using ContentLint.Core.Engine;
using ContentLint.Core.Tests.TestSupport;
using ContentLint.Core.Text;
using ContentLint.Pack;

namespace ContentLint.Core.Tests.Engine;

/// <summary>
/// A long post with findings on every line gets every finding at its exact place: the lookups made
/// per finding (suppressions, code and link spans, nearby words) are indexed, and these tests pin
/// that the indexed paths find what a scan found. Their speed is measured in bench/, not here.
/// </summary>
public sealed class LongPostTests
{
    private const int Size = 300_000;

    private static readonly Linter Linter = new(PackRun.Config(LongPosts.Configuration), BuiltInRules.Shipped);

    [Fact]
    public void A_300_KB_post_has_each_finding_of_every_line_at_its_place()
    {
        var text = LongPosts.Markdown(Size);
        var lines = text.Split('\n').Length - 1 - LongPosts.MarkdownHeaderLines;
        var findings = Linter.Lint(new SourceDocument("long.md", text)).Findings;

        foreach (var rule in LongPosts.RulesOnEveryLine)
        {
            Assert.Equal(lines, findings.Count(f => f.RuleId == rule));
        }

        foreach (var n in new[] { 0, 1, lines / 2, lines - 1 })
        {
            var line = LongPosts.MarkdownHeaderLines + n;
            var source = LongPosts.Line(n);
            AssertAt(findings, "CL2001", line, source.IndexOf("Aurora", StringComparison.Ordinal), "Aurora".Length);
            AssertAt(findings, "CL2005", line, source.IndexOf("jean", StringComparison.Ordinal), $"jean{n}@acme.fr".Length);
            AssertAt(findings, "CL2006", line, source.IndexOf("06 12", StringComparison.Ordinal), "06 12 34 56 78".Length);
            AssertAt(findings, "CL4003", line, source.IndexOf("cheap", StringComparison.Ordinal), "cheap".Length);
            AssertAt(findings, "CL4004", line, source.IndexOf("GRANDE", StringComparison.Ordinal), "GRANDE VENTE MAINTENANT".Length);
        }
    }

    [Fact]
    public void A_300_KB_calendar_post_has_the_same_findings_on_every_line()
    {
        var text = LongPosts.Calendar(Size);
        var lines = text.Split('\n').Length - 1 - 7;
        var findings = Linter.Lint(new SourceDocument("long.posts.yaml", text)).Findings;

        foreach (var rule in LongPosts.RulesOnEveryLine)
        {
            Assert.Equal(lines, findings.Count(f => f.RuleId == rule));
        }

        var last = lines - 1;
        AssertAt(findings, "CL2005", 7 + last, "      ".Length + LongPosts.Line(last).IndexOf("jean", StringComparison.Ordinal), $"jean{last}@acme.fr".Length);
    }

    [Fact]
    public void Thousands_of_suppressions_each_silence_their_own_line_and_none_is_unused()
    {
        var findings = Linter.Lint(new SourceDocument("suppressed.md", LongPosts.Suppressions(4_000))).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId is "CL2001" or "CL0011" or "CL0012");
    }

    [Fact]
    public void Thousands_of_links_hide_the_numbers_in_them_and_only_those()
    {
        var text = LongPosts.Links(2_000) + string.Concat(Enumerable.Range(0, 2_000).Select(i => $"[x](https://example.com/{i}/0612345678) call 06 12 34 56 78\n"));
        var phones = Linter.Lint(new SourceDocument("links.md", text)).Findings.Where(f => f.RuleId == "CL2006").ToList();

        Assert.Equal(2_000, phones.Count);
        Assert.All(phones, f => Assert.Equal("06 12 34 56 78", text.Substring(f.Span.Start, f.Span.Length)));
    }

    private static void AssertAt(IEnumerable<ContentLint.Core.Diagnostics.Finding> findings, string rule, int line, int character, int length)
    {
        var found = Assert.Single(findings, f => f.RuleId == rule && f.Position.Start.Line == line);
        Assert.Equal(new LinePosition(line, character), found.Position.Start);
        Assert.Equal(new LinePosition(line, character + length), found.Position.End);
    }
}
