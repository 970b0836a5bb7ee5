using System.Text.Json;
using ContentLint.Cli.Tests.TestSupport;

namespace ContentLint.Cli.Tests.Install;

/// <summary>
/// The README's "Output formats" samples are what <c>contentlint check examples</c> prints today: its text
/// summary line and its JSON <c>summary</c>. A failure gives the line to paste into README.md.
/// </summary>
public sealed class ReadmeOutputSampleTests
{
    private static readonly string Root = CorpusRepo.RepositoryRoot();

    [Fact]
    public void The_text_summary_in_the_readme_is_the_real_one()
    {
        var run = ContentLintProcess.Run(Root, "check", "examples");
        var summary = run.Stdout.TrimEnd('\n').Split('\n')[^1];

        Assert.True(Readme().Contains('\n' + summary + '\n', StringComparison.Ordinal), $"README.md, Output formats, text sample: its last line should be\n{summary}");
    }

    [Fact]
    public void The_json_summary_in_the_readme_is_the_real_one()
    {
        var run = ContentLintProcess.Run(Root, "check", "examples", "--format", "json");
        using var report = JsonDocument.Parse(run.Stdout);
        var actual = report.RootElement.GetProperty("summary").GetRawText();
        var sampleLine = Readme().Split('\n').Single(l => l.TrimStart().StartsWith("\"summary\":", StringComparison.Ordinal));
        using var sample = JsonDocument.Parse("{" + sampleLine.Trim().TrimEnd(',') + "}");

        var expected = JsonSerializer.Serialize(JsonSerializer.Deserialize<Dictionary<string, int>>(actual));
        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize<Dictionary<string, int>>(sample.RootElement.GetProperty("summary").GetRawText()));
        Assert.True(expected == written, $"README.md, Output formats, json sample: the summary line should read\n  \"summary\": {expected.Replace(",", ", ").Replace(":", ": ").Replace("{", "{ ").Replace("}", " }")},");
    }

    private static string Readme() => File.ReadAllText(Path.Combine(Root, "README.md")).ReplaceLineEndings("\n");
}
