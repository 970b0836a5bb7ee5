using System.Text.Json;
using System.Text.RegularExpressions;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Formatters;

/// <summary>
/// <c>--format html</c>: one file that loads nothing, with its charts, every finding, and every piece of
/// post text escaped. (Rendering in Chromium: <c>tests/reports/html-report.mjs</c>.)
/// </summary>
public sealed class HtmlFormatterTests : IDisposable
{
    private readonly TempRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void The_report_of_the_examples_is_self_contained_and_lists_every_finding()
    {
        var examples = Path.Combine(RepoPaths.Root, "examples");
        var report = Path.Combine(_repo.Root, "report.html");

        var result = ContentLintProcess.Run(examples, "check", ".", "--format", "html", "--output", report);
        var findings = JsonDocument.Parse(ContentLintProcess.Run(examples, "check", ".", "--format", "json").Stdout).RootElement.GetProperty("findings").EnumerateArray().ToList();

        Assert.True(result.ExitCode == 1, result.ToString());
        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"<script|<link|<img|<iframe|\ssrc=|@import|url\(|href=""(?!#)", RegexOptions.IgnoreCase), html);
        Assert.Equal(2, Regex.Matches(html, "<svg class=\"chart bar-chart\"").Count);
        Assert.Contains("<svg class=\"chart histogram\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"chart share\"", html, StringComparison.Ordinal);
        Assert.Contains("<section id=\"embargoes\">", html, StringComparison.Ordinal);
        Assert.Equal(findings.Count, Regex.Matches(html, "<tr class=\"finding ").Count);
        foreach (var finding in findings)
        {
            var rule = finding.GetProperty("ruleId").GetString();
            Assert.Contains($"data-rule=\"{rule}\" data-path=\"{finding.GetProperty("path").GetString()}\" data-line=\"{finding.GetProperty("line").GetInt32()}\"", html, StringComparison.Ordinal);
            Assert.Contains($"id=\"rule-{rule}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markup_in_a_post_is_shown_as_text_never_as_markup()
    {
        _repo.Write("posts/<b>x</b>.md", "---\nchannel: \"<script>alert(1)</script>\"\nlang: fr\n---\n<script>alert(2)</script> \"q\" & 'a' Bonjour !\n");

        var result = _repo.Check("--format", "html");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("<script", result.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("data-path=\"posts/&lt;b&gt;x&lt;/b&gt;.md\"", result.Stdout, StringComparison.Ordinal);
    }
}
